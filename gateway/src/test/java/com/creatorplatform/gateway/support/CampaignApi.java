package com.creatorplatform.gateway.support;

import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc.BrandServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc.CampaignServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc.ContentCalendarServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc.CreatorServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc.MembershipServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc.OfferServiceBlockingStub;
import io.grpc.Channel;

/**
 * The parts of campaign-service's API (one gRPC service a resource) that the tests use to make
 * brands, campaigns, offers, creators and posts, all over one channel.
 */
public record CampaignApi(Channel channel) {

    public BrandServiceBlockingStub brands() {
        return BrandServiceGrpc.newBlockingStub(channel);
    }

    public CampaignServiceBlockingStub campaigns() {
        return CampaignServiceGrpc.newBlockingStub(channel);
    }

    public OfferServiceBlockingStub offers() {
        return OfferServiceGrpc.newBlockingStub(channel);
    }

    public CreatorServiceBlockingStub creators() {
        return CreatorServiceGrpc.newBlockingStub(channel);
    }

    public MembershipServiceBlockingStub memberships() {
        return MembershipServiceGrpc.newBlockingStub(channel);
    }

    public ContentCalendarServiceBlockingStub calendar() {
        return ContentCalendarServiceGrpc.newBlockingStub(channel);
    }
}
