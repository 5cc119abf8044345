package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.PostFormat;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import java.time.Instant;
import java.util.UUID;

/**
 * One brand's campaign as the dashboard's tests tell it, made through the services' gRPC APIs as a
 * service account: the campaign with a percent offer, its creators (shortlisted or active), their
 * posts and tracking links.
 */
public record CampaignStory(
        CampaignApi api, TrackingServiceBlockingStub tracking, Tenants brand, String campaignId) {

    /** Where every link of a story leads. */
    public static final String LANDING = "https://northwind.example/winter";

    /** A new campaign of the brand starting 2026-11-01, paying {@code basisPoints} of revenue. */
    public static CampaignStory begin(
            CampaignApi api,
            TrackingServiceBlockingStub tracking,
            Tenants brand,
            String name,
            int basisPoints) {
        return begin(api, tracking, brand, name, basisPoints, null);
    }

    /** The same, with a budget cap (none when null). */
    public static CampaignStory begin(
            CampaignApi api,
            TrackingServiceBlockingStub tracking,
            Tenants brand,
            String name,
            int basisPoints,
            Money budgetCap) {
        var campaign =
                CreateCampaignRequest.newBuilder()
                        .setBrandId(brand.brandId())
                        .setName(name)
                        .setLandingUrl(LANDING)
                        .setStartsOn("2026-11-01");
        if (budgetCap != null) {
            campaign.setBudgetCap(budgetCap);
        }
        String campaignId = api.campaigns().createCampaign(campaign.build()).getId();
        api.offers()
                .publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setPlan(percentOf(basisPoints))
                                .build());
        return new CampaignStory(api, tracking, brand, campaignId);
    }

    /** A plan paying {@code basisPoints} of revenue, without tiers. */
    public static CommissionPlan percentOf(int basisPoints) {
        return CommissionPlan.newBuilder()
                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                .setRateBasisPoints(basisPoints)
                .setTierMode(TierMode.TIER_MODE_NONE)
                .build();
    }

    /** A new creator of the brand, shortlisted for the campaign: the creator's id. */
    public String shortlisted(String name) {
        String creatorId = creator(name);
        api.memberships()
                .shortlist(
                        ShortlistRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .build());
        return creatorId;
    }

    /** A new creator who was invited and accepted: an active member. The creator's id. */
    public String activeMember(String name) {
        return brand.activeMember(campaignId, name);
    }

    /** A post of the creator scheduled at {@code at}: the post's id. */
    public String post(String creatorId, Platform platform, Instant at, String brief) {
        return api.calendar()
                .schedulePost(
                        SchedulePostRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setPlatform(platform)
                                .setFormat(PostFormat.POST_FORMAT_REEL)
                                .setScheduledAt(WireTypes.timestamp(at))
                                .setBrief(brief)
                                .build())
                .getId();
    }

    /**
     * A tracking link of the creator, for a post or ("") the creator in general, on a platform or
     * none (""): the link's code.
     */
    public String link(String creatorId, String postId, String platform) {
        return tracking.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setPostId(postId)
                                .setPlatform(platform)
                                .setDestinationUrl(LANDING)
                                .build())
                .getCode();
    }

    private String creator(String name) {
        return brand.newCreator(
                name,
                name.toLowerCase().replace(' ', '.')
                        + "-"
                        + UUID.randomUUID()
                        + "@creators.example");
    }
}
