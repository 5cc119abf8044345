package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.Creator;
import com.creatorplatform.gateway.schema.CreatorConnection;
import com.creatorplatform.gateway.schema.Membership;
import com.creatorplatform.gateway.schema.MembershipConnection;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.PlanningInputs.CreateCreatorInput;
import com.creatorplatform.gateway.schema.PlanningInputs.CreateCreatorPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.InviteCreatorInput;
import com.creatorplatform.gateway.schema.PlanningInputs.MembershipPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.RetireMembershipInput;
import com.creatorplatform.gateway.schema.PlanningInputs.ShortlistCreatorInput;
import com.creatorplatform.gateway.schema.Platform;
import com.creatorplatform.gateway.schema.Post;
import com.creatorplatform.gateway.schema.RankedCandidate;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.PlatformAccount;
import com.creatorplatform.proto.campaign.v1.RankCandidatesRequest;
import com.creatorplatform.proto.campaign.v1.RetireMembershipRequest;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The brand's creator roster, candidate ranking and campaign memberships (shortlist, invite,
 * retire), answered by campaign-service. A membership's or post's creator and campaign are resolved
 * for a whole level of results with one batch read.
 */
@GraphQLApi
public class CreatorSelectionApi {

    private final Caller caller;
    private final CampaignClient campaigns;

    CreatorSelectionApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Mutation
    @Description(
            "Adds a creator with their platform accounts to the brand's roster. Brand admins only.")
    public Uni<@NonNull CreateCreatorPayload> createCreator(@NonNull CreateCreatorInput input) {
        var request =
                CreateCreatorRequest.newBuilder()
                        .setBrandId(caller.brandToWrite())
                        .setName(input.name())
                        .setEmail(input.email())
                        .setCountry(input.country())
                        .addAllNiches(InputLists.present(input.niches()));
        InputLists.present(input.accounts())
                .forEach(
                        account -> {
                            var wire =
                                    PlatformAccount.newBuilder()
                                            .setPlatform(Platform.toProto(account.platform()))
                                            .setHandle(account.handle())
                                            .setFollowers(account.followers())
                                            .setEngagementRateBasisPoints(
                                                    account.engagementRateBasisPoints());
                            if (account.conversionRateBasisPoints() != null) {
                                wire.setConversionRateBasisPoints(
                                        account.conversionRateBasisPoints());
                            }
                            request.addAccounts(wire);
                        });
        return campaigns
                .createCreator(request.build())
                .map(c -> new CreateCreatorPayload(Creator.from(c)));
    }

    @Query
    @Description(
            "Creators of the caller's brand by id, in the order asked; unknown ids (and other brands') are left out.")
    public Uni<@NonNull List<@NonNull Creator>> creators(@NonNull List<@NonNull String> ids) {
        return campaigns
                .creators(ReadScope.brand(caller.brandToRead()), ids)
                .map(found -> found.stream().map(Creator::from).toList());
    }

    @Query
    @Description(
            "The brand's creators matching every filter given, newest first. The follower range applies to the "
                    + "account on `platform`, or to any account. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull CreatorConnection> searchCreators(
            String niche,
            Platform platform,
            String country,
            Long minFollowers,
            Long maxFollowers,
            @DefaultValue("20") int first,
            String after) {
        var request =
                SearchCreatorsRequest.newBuilder()
                        .setBrandId(caller.brandToRead())
                        .setNiche(niche == null ? "" : niche)
                        .setPlatform(Platform.toProto(platform))
                        .setCountry(country == null ? "" : country)
                        .setMinFollowers(minFollowers == null ? 0 : minFollowers)
                        .setPage(Pages.of(first, after));
        if (maxFollowers != null) {
            request.setMaxFollowers(maxFollowers);
        }
        return campaigns
                .searchCreators(request.build())
                .map(
                        page ->
                                new CreatorConnection(
                                        page.getCreatorsList().stream().map(Creator::from).toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    @Query
    @Description(
            "The brand's creators best suited to a campaign, best first, by the selection score (engagement quality, "
                    + "niche fit, audience country, past conversion; not follower count alone). Creators already in the campaign, "
                    + "or without an account on `platform`, are left out. `limit` is at most 100.")
    public Uni<@NonNull List<@NonNull RankedCandidate>> rankCandidates(
            @Id @NonNull String campaignId, Platform platform, @DefaultValue("20") int limit) {
        return campaigns
                .rankCandidates(
                        RankCandidatesRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setCampaignId(campaignId)
                                .setPlatform(Platform.toProto(platform))
                                .setLimit(limit)
                                .build())
                .map(found -> found.stream().map(RankedCandidate::from).toList());
    }

    @Mutation
    @Description("Puts one of the brand's creators on a campaign's shortlist. Brand admins only.")
    public Uni<@NonNull MembershipPayload> shortlistCreator(@NonNull ShortlistCreatorInput input) {
        return campaigns
                .shortlist(
                        ShortlistRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setCampaignId(input.campaignId())
                                .setCreatorId(input.creatorId())
                                .build())
                .map(CreatorSelectionApi::payload);
    }

    @Mutation
    @Description(
            "Invites a shortlisted creator with a personal message; inviting an invited creator again mails a new link (when the first expired). Brand admins only.")
    public Uni<@NonNull MembershipPayload> inviteCreator(@NonNull InviteCreatorInput input) {
        return campaigns
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setMembershipId(input.membershipId())
                                .setMessage(input.message())
                                .build())
                .map(CreatorSelectionApi::payload);
    }

    @Mutation
    @Description("Ends a membership with a reason; its history stays. Brand admins only.")
    public Uni<@NonNull MembershipPayload> retireMembership(@NonNull RetireMembershipInput input) {
        return campaigns
                .retireMembership(
                        RetireMembershipRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setMembershipId(input.membershipId())
                                .setReason(input.reason())
                                .build())
                .map(CreatorSelectionApi::payload);
    }

    @Query
    @Description(
            "A campaign's memberships, newest first; another brand's campaign has none. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull MembershipConnection> campaignMemberships(
            @Id @NonNull String campaignId, @DefaultValue("20") int first, String after) {
        return campaigns
                .campaignMemberships(
                        ListCampaignMembershipsRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setCampaignId(campaignId)
                                .setPage(Pages.of(first, after))
                                .build())
                .map(MembershipConnection::from);
    }

    @Description("The creator of this membership (one batch read for the whole list).")
    public Uni<List<Creator>> creator(@Source List<Membership> memberships) {
        return RelatedRecords.resolve(
                memberships,
                m -> caller.scopeOf(m.brandId(), m.creatorId()),
                Membership::creatorId,
                this::creatorsOf,
                Creator::id);
    }

    @Description("The campaign of this membership (one batch read for the whole list).")
    public Uni<List<Campaign>> campaign(@Source List<Membership> memberships) {
        return RelatedRecords.resolve(
                memberships,
                m -> caller.scopeOf(m.brandId(), m.creatorId()),
                Membership::campaignId,
                this::campaignsOf,
                Campaign::id);
    }

    @Description("The creator of this post (one batch read for the whole list).")
    @Name("creator")
    public Uni<List<Creator>> postCreator(@Source List<Post> posts) {
        return RelatedRecords.resolve(
                posts,
                p -> caller.scopeOf(p.brandId(), p.creatorId()),
                Post::creatorId,
                this::creatorsOf,
                Creator::id);
    }

    @Description("The campaign of this post (one batch read for the whole list).")
    @Name("campaign")
    public Uni<List<Campaign>> postCampaign(@Source List<Post> posts) {
        return RelatedRecords.resolve(
                posts,
                p -> caller.scopeOf(p.brandId(), p.creatorId()),
                Post::campaignId,
                this::campaignsOf,
                Campaign::id);
    }

    private Uni<List<Creator>> creatorsOf(ReadScope scope, List<String> ids) {
        return campaigns
                .creators(scope, ids)
                .map(found -> found.stream().map(Creator::from).toList());
    }

    private Uni<List<Campaign>> campaignsOf(ReadScope scope, List<String> ids) {
        return campaigns
                .campaigns(scope, ids)
                .map(found -> found.stream().map(Campaign::from).toList());
    }

    private static MembershipPayload payload(
            com.creatorplatform.proto.campaign.v1.Membership membership) {
        return new MembershipPayload(Membership.from(membership));
    }
}
