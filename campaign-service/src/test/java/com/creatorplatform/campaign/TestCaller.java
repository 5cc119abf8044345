package com.creatorplatform.campaign;

import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.campaign.v1.ApprovedPostsFeedGrpc;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc;
import com.creatorplatform.proto.campaign.v1.PublishedPostsFeedGrpc;
import com.creatorplatform.proto.campaign.v1.WebhookEndpointServiceGrpc;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.inject.Singleton;

/**
 * The tests' calls to campaign-service (every service of its package) speak as the service "test"
 * unless they name their caller.
 */
@Singleton
@GlobalInterceptor
public class TestCaller extends TestServiceIdentity {

    public TestCaller() {
        super(
                BrandServiceGrpc.SERVICE_NAME,
                CampaignServiceGrpc.SERVICE_NAME,
                OfferServiceGrpc.SERVICE_NAME,
                CreatorServiceGrpc.SERVICE_NAME,
                MembershipServiceGrpc.SERVICE_NAME,
                ContentCalendarServiceGrpc.SERVICE_NAME,
                PublishedPostsFeedGrpc.SERVICE_NAME,
                ApprovedPostsFeedGrpc.SERVICE_NAME,
                WebhookEndpointServiceGrpc.SERVICE_NAME);
    }
}
