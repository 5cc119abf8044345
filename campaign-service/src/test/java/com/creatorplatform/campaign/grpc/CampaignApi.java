package com.creatorplatform.campaign.grpc;

import com.creatorplatform.contract.identity.BearerToken;
import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.proto.campaign.v1.ApprovedPostsFeedGrpc.ApprovedPostsFeedBlockingStub;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc.BrandServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc.CampaignServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc.ContentCalendarServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc.CreatorServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc.MembershipServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc.OfferServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.PublishedPostsFeedGrpc.PublishedPostsFeedBlockingStub;
import com.creatorplatform.proto.campaign.v1.WebhookEndpointServiceGrpc.WebhookEndpointServiceBlockingStub;
import io.grpc.Metadata;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.GrpcClientUtils;
import jakarta.inject.Singleton;

/**
 * campaign-service's API as the tests call it: one blocking stub per service of the package
 * creatorplatform.campaign.v1, all on the client "campaign" (so each call speaks as the service
 * "test", see TestCaller), or all speaking as one caller ({@link #as}, {@link #withToken}).
 */
@Singleton
public class CampaignApi {

    private final BrandServiceBlockingStub brands;
    private final CampaignServiceBlockingStub campaigns;
    private final OfferServiceBlockingStub offers;
    private final CreatorServiceBlockingStub creators;
    private final MembershipServiceBlockingStub memberships;
    private final ContentCalendarServiceBlockingStub calendar;
    private final PublishedPostsFeedBlockingStub feed;
    private final ApprovedPostsFeedBlockingStub approvals;
    private final WebhookEndpointServiceBlockingStub webhooks;

    CampaignApi(
            @GrpcClient("campaign") BrandServiceBlockingStub brands,
            @GrpcClient("campaign") CampaignServiceBlockingStub campaigns,
            @GrpcClient("campaign") OfferServiceBlockingStub offers,
            @GrpcClient("campaign") CreatorServiceBlockingStub creators,
            @GrpcClient("campaign") MembershipServiceBlockingStub memberships,
            @GrpcClient("campaign") ContentCalendarServiceBlockingStub calendar,
            @GrpcClient("campaign") PublishedPostsFeedBlockingStub feed,
            @GrpcClient("campaign") ApprovedPostsFeedBlockingStub approvals,
            @GrpcClient("campaign") WebhookEndpointServiceBlockingStub webhooks) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.offers = offers;
        this.creators = creators;
        this.memberships = memberships;
        this.calendar = calendar;
        this.feed = feed;
        this.approvals = approvals;
        this.webhooks = webhooks;
    }

    /** The same stubs, each call speaking as the caller (a real Keycloak token). */
    public CampaignApi as(CallerIdentity caller) {
        return withToken(TestTokens.of(caller));
    }

    /** The same stubs, each call carrying this bearer token. */
    public CampaignApi withToken(String token) {
        Metadata headers = BearerToken.metadata(token);
        return new CampaignApi(
                GrpcClientUtils.attachHeaders(brands, headers),
                GrpcClientUtils.attachHeaders(campaigns, headers),
                GrpcClientUtils.attachHeaders(offers, headers),
                GrpcClientUtils.attachHeaders(creators, headers),
                GrpcClientUtils.attachHeaders(memberships, headers),
                GrpcClientUtils.attachHeaders(calendar, headers),
                GrpcClientUtils.attachHeaders(feed, headers),
                GrpcClientUtils.attachHeaders(approvals, headers),
                GrpcClientUtils.attachHeaders(webhooks, headers));
    }

    public BrandServiceBlockingStub brands() {
        return brands;
    }

    public CampaignServiceBlockingStub campaigns() {
        return campaigns;
    }

    public OfferServiceBlockingStub offers() {
        return offers;
    }

    public CreatorServiceBlockingStub creators() {
        return creators;
    }

    public MembershipServiceBlockingStub memberships() {
        return memberships;
    }

    public ContentCalendarServiceBlockingStub calendar() {
        return calendar;
    }

    public PublishedPostsFeedBlockingStub feed() {
        return feed;
    }

    public ApprovedPostsFeedBlockingStub approvals() {
        return approvals;
    }

    public WebhookEndpointServiceBlockingStub webhooks() {
        return webhooks;
    }
}
