package com.creatorplatform.campaign.mapping;

import static com.creatorplatform.contract.WireTypes.timestamp;

import com.creatorplatform.campaign.domain.Creator;
import com.creatorplatform.campaign.domain.CreatorSearch;
import com.creatorplatform.campaign.domain.Platform;
import com.creatorplatform.campaign.domain.PlatformAccount;
import com.creatorplatform.campaign.domain.SelectionScore;
import com.creatorplatform.campaign.service.CreatorRoster;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.RankedCandidate;
import com.creatorplatform.proto.campaign.v1.ScoreBreakdown;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsRequest;
import java.util.List;

/** Creators: protobuf ⇄ domain, and nothing else. */
public final class CreatorMapping {

    private CreatorMapping() {}

    public static CreatorRoster.Profile toProfile(CreateCreatorRequest request) {
        return new CreatorRoster.Profile(
                request.getName(),
                request.getEmail(),
                request.getCountry(),
                request.getNichesList(),
                request.getAccountsList().stream()
                        .map(
                                a ->
                                        PlatformAccount.of(
                                                toPlatform("accounts.platform", a.getPlatform()),
                                                a.getHandle(),
                                                a.getFollowers(),
                                                a.getEngagementRateBasisPoints(),
                                                a.hasConversionRateBasisPoints()
                                                        ? a.getConversionRateBasisPoints()
                                                        : null))
                        .toList());
    }

    public static CreatorSearch toSearch(SearchCreatorsRequest request) {
        return CreatorSearch.of(
                request.getNiche(),
                toPlatformFilter(request.getPlatform()),
                request.getCountry(),
                request.getMinFollowers(),
                request.hasMaxFollowers() ? request.getMaxFollowers() : null);
    }

    /** An optional platform filter: unspecified means any platform (null). */
    public static Platform toPlatformFilter(
            com.creatorplatform.proto.campaign.v1.Platform platform) {
        return WireEnums.optional("platform", Platform.class, "PLATFORM_", platform);
    }

    public static Platform toPlatform(
            String field, com.creatorplatform.proto.campaign.v1.Platform platform) {
        return WireEnums.required(field, Platform.class, "PLATFORM_", platform);
    }

    public static com.creatorplatform.proto.campaign.v1.Platform toProto(Platform platform) {
        return EnumNames.toWire(
                com.creatorplatform.proto.campaign.v1.Platform.class, "PLATFORM_", platform);
    }

    public static com.creatorplatform.proto.campaign.v1.Creator toProto(Creator creator) {
        return com.creatorplatform.proto.campaign.v1.Creator.newBuilder()
                .setId(creator.id.toString())
                .setBrandId(creator.brandId.toString())
                .setName(creator.name)
                .setEmail(creator.email)
                .setCountry(creator.country)
                .addAllNiches(List.of(creator.niches))
                .addAllAccounts(creator.accounts.stream().map(CreatorMapping::toProto).toList())
                .setCreatedAt(timestamp(creator.createdAt))
                .build();
    }

    /** How many candidates a ranking returns: 0 means 20, at most 100. */
    public static int rankLimit(int requested) {
        if (requested == 0) {
            return 20;
        }
        if (requested < 0 || requested > 100) {
            throw ApiError.invalidArgument("limit must be between 1 and 100, got " + requested);
        }
        return requested;
    }

    public static RankedCandidate toProto(SelectionScore.Ranked ranked) {
        var score = ranked.score();
        return RankedCandidate.newBuilder()
                .setCreator(toProto(ranked.creator()))
                .setScore(score.total())
                .setBreakdown(
                        ScoreBreakdown.newBuilder()
                                .setConversion(score.conversion())
                                .setEngagement(score.engagement())
                                .setNicheFit(score.nicheFit())
                                .setAudienceCountry(score.audienceCountry())
                                .setReach(score.reach()))
                .build();
    }

    private static com.creatorplatform.proto.campaign.v1.PlatformAccount toProto(
            PlatformAccount account) {
        var builder =
                com.creatorplatform.proto.campaign.v1.PlatformAccount.newBuilder()
                        .setPlatform(toProto(account.platform))
                        .setHandle(account.handle)
                        .setFollowers(account.followers)
                        .setEngagementRateBasisPoints(account.engagementRateBasisPoints);
        if (account.conversionRateBasisPoints != null) {
            builder.setConversionRateBasisPoints(account.conversionRateBasisPoints);
        }
        return builder.build();
    }
}
