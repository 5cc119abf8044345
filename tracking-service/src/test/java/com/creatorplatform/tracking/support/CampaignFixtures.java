package com.creatorplatform.tracking.support;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.campaign.v1.ChangeCampaignStatusRequest;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.PlatformAccount;
import com.creatorplatform.proto.campaign.v1.PostFormat;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.campaign.v1.UpdateBrandSettingsRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import io.grpc.Channel;
import io.grpc.ManagedChannelBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Brands, campaigns and offers made in the real campaign-service, as a brand would. */
public final class CampaignFixtures {

    /** A brand with one campaign whose offer pays 10 % with a 30-day window. */
    public record BrandWithOffer(
            CreateBrandResponse brand, String campaignId, String offerVersionId) {
        public String brandId() {
            return brand.getBrand().getId();
        }
    }

    /** The one domain of every brand made here. */
    public static final String ALLOWED_DOMAIN = "northwind.example";

    private CampaignFixtures() {}

    /** A brand (allowed domain {@link #ALLOWED_DOMAIN}) without campaigns; its id. */
    public static String brand() {
        return call(channel -> newBrand(channel).getBrand().getId());
    }

    /** A brand without campaigns, with its webhook secret (shown only at creation). */
    public static CreateBrandResponse brandWithSecret() {
        return call(CampaignFixtures::newBrand);
    }

    /** Sets the brand's time zone (an IANA id), which reports' days follow. */
    public static void timeZone(String brandId, String zone) {
        call(
                channel ->
                        BrandServiceGrpc.newBlockingStub(channel)
                                .updateBrandSettings(
                                        UpdateBrandSettingsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setTimeZone(zone)
                                                .build()));
    }

    /** The brand's new webhook secret; the old one verifies for the overlap. */
    public static String rotateWebhookSecret(String brandId, int overlapMinutes) {
        return call(
                channel ->
                        BrandServiceGrpc.newBlockingStub(channel)
                                .rotateWebhookSecret(
                                        RotateWebhookSecretRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setOverlapMinutes(overlapMinutes)
                                                .build())
                                .getWebhookSecret());
    }

    public static BrandWithOffer brandWithOffer() {
        return call(
                channel -> {
                    var brand = newBrand(channel);
                    var campaign =
                            CampaignServiceGrpc.newBlockingStub(channel)
                                    .createCampaign(
                                            CreateCampaignRequest.newBuilder()
                                                    .setBrandId(brand.getBrand().getId())
                                                    .setName("Winter")
                                                    .setLandingUrl(
                                                            "https://shop.northwind.example/winter")
                                                    .setStartsOn("2026-11-01")
                                                    .build());
                    var offer =
                            OfferServiceGrpc.newBlockingStub(channel)
                                    .publishOffer(
                                            PublishOfferRequest.newBuilder()
                                                    .setBrandId(brand.getBrand().getId())
                                                    .setCampaignId(campaign.getId())
                                                    .setPlan(
                                                            CommissionPlan.newBuilder()
                                                                    .setBasis(
                                                                            CommissionBasis
                                                                                    .COMMISSION_BASIS_PERCENT)
                                                                    .setRateBasisPoints(1000)
                                                                    .setTierMode(
                                                                            TierMode
                                                                                    .TIER_MODE_NONE))
                                                    .setAttributionWindowDays(30)
                                                    .setHoldDays(30)
                                                    .build());
                    return new BrandWithOffer(brand, campaign.getId(), offer.getId());
                });
    }

    /** Moves the campaign through the given statuses, in order (it starts in DRAFT). */
    public static void moveCampaign(String brandId, String campaignId, CampaignStatus... steps) {
        call(
                channel -> {
                    for (CampaignStatus step : steps) {
                        CampaignServiceGrpc.newBlockingStub(channel)
                                .changeCampaignStatus(
                                        ChangeCampaignStatusRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setCampaignId(campaignId)
                                                .setStatus(step)
                                                .build());
                    }
                    return null;
                });
    }

    /** A creator of the brand, known to campaign-service by this email. */
    public static String creator(String brandId, String email) {
        return call(
                channel ->
                        CreatorServiceGrpc.newBlockingStub(channel)
                                .createCreator(
                                        CreateCreatorRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setName("Anna")
                                                .setEmail(email)
                                                .setCountry("DE")
                                                .addNiches("outdoor")
                                                .build())
                                .getId());
    }

    /**
     * A link request of the brand for a new member of a new campaign, to a page on {@link
     * #ALLOWED_DOMAIN}.
     */
    public static CreateTrackingLinkRequest.Builder linkOf(String brandId) {
        String campaign = campaign(brandId);
        return CreateTrackingLinkRequest.newBuilder()
                .setBrandId(brandId)
                .setCampaignId(campaign)
                .setCreatorId(member(brandId, campaign))
                .setDestinationUrl("https://shop.northwind.example/");
    }

    /** A campaign of the brand (DRAFT, landing page on {@link #ALLOWED_DOMAIN}); its id. */
    public static String campaign(String brandId) {
        return call(
                channel ->
                        CampaignServiceGrpc.newBlockingStub(channel)
                                .createCampaign(
                                        CreateCampaignRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setName("Spring")
                                                .setLandingUrl(
                                                        "https://shop.northwind.example/spring")
                                                .setStartsOn("2026-11-01")
                                                .build())
                                .getId());
    }

    /**
     * A new creator of the brand with these platform accounts, an active member of the campaign;
     * its id.
     */
    public static String member(String brandId, String campaignId, PlatformAccount... accounts) {
        return call(
                channel -> {
                    String creator =
                            CreatorServiceGrpc.newBlockingStub(channel)
                                    .createCreator(
                                            CreateCreatorRequest.newBuilder()
                                                    .setBrandId(brandId)
                                                    .setName("Bea")
                                                    .setEmail(
                                                            "bea."
                                                                    + UUID.randomUUID()
                                                                    + "@creators.example")
                                                    .setCountry("DE")
                                                    .addAllAccounts(List.of(accounts))
                                                    .build())
                                    .getId();
                    join(channel, brandId, campaignId, creator);
                    return creator;
                });
    }

    /** An account of a creator on the platform, with this handle and audience. */
    public static PlatformAccount account(Platform platform, String handle, long followers) {
        return PlatformAccount.newBuilder()
                .setPlatform(platform)
                .setHandle(handle)
                .setFollowers(followers)
                .setEngagementRateBasisPoints(400)
                .build();
    }

    /** A planned Instagram post of the campaign's member; its id. */
    public static String plannedPost(String brandId, String campaignId, String creatorId) {
        return call(
                channel ->
                        ContentCalendarServiceGrpc.newBlockingStub(channel)
                                .schedulePost(
                                        SchedulePostRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setCampaignId(campaignId)
                                                .setCreatorId(creatorId)
                                                .setPlatform(Platform.PLATFORM_INSTAGRAM)
                                                .setFormat(PostFormat.POST_FORMAT_REEL)
                                                .setScheduledAt(
                                                        WireTypes.timestamp(
                                                                Instant.now()
                                                                        .plus(Duration.ofDays(1))))
                                                .setBrief("Spring trail run")
                                                .build())
                                .getId());
    }

    /** A post of a new Instagram creator ({@code handle}) in the campaign. */
    public record PublishedPost(String creatorId, String postId) {}

    /** A post of a new Instagram creator ({@code handle}) in the campaign, planned and approved. */
    public static PublishedPost approvedPost(String brandId, String campaignId, String handle) {
        String creator =
                member(brandId, campaignId, account(Platform.PLATFORM_INSTAGRAM, handle, 12_000));
        return call(
                channel -> {
                    var calendar = ContentCalendarServiceGrpc.newBlockingStub(channel);
                    String post =
                            calendar.schedulePost(
                                            SchedulePostRequest.newBuilder()
                                                    .setBrandId(brandId)
                                                    .setCampaignId(campaignId)
                                                    .setCreatorId(creator)
                                                    .setPlatform(Platform.PLATFORM_INSTAGRAM)
                                                    .setFormat(PostFormat.POST_FORMAT_REEL)
                                                    .setScheduledAt(
                                                            WireTypes.timestamp(
                                                                    Instant.now()
                                                                            .plus(
                                                                                    Duration.ofDays(
                                                                                            1))))
                                                    .setBrief("Winter trail run")
                                                    .build())
                                    .getId();
                    calendar.submitPost(
                            SubmitPostRequest.newBuilder()
                                    .setCreatorId(creator)
                                    .setPostId(post)
                                    .setCaption("Winter trails #ad")
                                    .build());
                    calendar.approvePost(
                            ApprovePostRequest.newBuilder()
                                    .setBrandId(brandId)
                                    .setPostId(post)
                                    .build());
                    return new PublishedPost(creator, post);
                });
    }

    /** The same, then published. */
    public static PublishedPost publishedPost(String brandId, String campaignId, String handle) {
        var approved = approvedPost(brandId, campaignId, handle);
        call(
                channel ->
                        ContentCalendarServiceGrpc.newBlockingStub(channel)
                                .publishPost(
                                        PublishPostRequest.newBuilder()
                                                .setCreatorId(approved.creatorId())
                                                .setPostId(approved.postId())
                                                .setCaption("Winter trails #ad")
                                                .setPublishedUrl(
                                                        "https://instagram.com/p/"
                                                                + approved.postId())
                                                .build()));
        return approved;
    }

    /** Makes a creator of the brand an active member of one more of its campaigns. */
    public static void join(String brandId, String campaignId, String creatorId) {
        call(
                campaigns -> {
                    join(campaigns, brandId, campaignId, creatorId);
                    return null;
                });
    }

    /** The creator shortlisted, invited and accepted: an active member of the campaign. */
    private static void join(Channel channel, String brandId, String campaignId, String creator) {
        String membership =
                MembershipServiceGrpc.newBlockingStub(channel)
                        .shortlist(
                                ShortlistRequest.newBuilder()
                                        .setBrandId(brandId)
                                        .setCampaignId(campaignId)
                                        .setCreatorId(creator)
                                        .build())
                        .getId();
        MembershipServiceGrpc.newBlockingStub(channel)
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(brandId)
                                .setMembershipId(membership)
                                .setMessage("Join us")
                                .build());
        MembershipServiceGrpc.newBlockingStub(channel)
                .acceptInvitation(
                        RespondToInvitationRequest.newBuilder()
                                .setCreatorId(creator)
                                .setMembershipId(membership)
                                .build());
    }

    private static CreateBrandResponse newBrand(Channel channel) {
        return BrandServiceGrpc.newBlockingStub(channel)
                .createBrand(
                        CreateBrandRequest.newBuilder()
                                .setName("Brand " + UUID.randomUUID())
                                .setCurrency("EUR")
                                .addAllowedDomains(ALLOWED_DOMAIN)
                                .build());
    }

    private static <T> T call(Function<Channel, T> calls) {
        var channel =
                ManagedChannelBuilder.forAddress("127.0.0.1", CampaignServiceResource.GRPC_PORT)
                        .usePlaintext()
                        .intercept(Callers.speakingAs(TestServiceIdentity.IDENTITY))
                        .build();
        try {
            return calls.apply(channel);
        } finally {
            channel.shutdownNow();
        }
    }
}
