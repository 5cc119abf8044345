package com.creatorplatform.tracking.mapping;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.tracking.domain.TrackingLink;
import com.creatorplatform.tracking.service.LinkRegistry;

/** Protobuf ⇄ domain, and nothing else. */
public final class TrackingMapping {

    private TrackingMapping() {
    }

    public static com.creatorplatform.proto.tracking.v1.TrackingLink toProto(TrackingLink link) {
        return com.creatorplatform.proto.tracking.v1.TrackingLink.newBuilder()
                .setId(link.id.toString())
                .setCode(link.code)
                .setBrandId(link.brandId.toString())
                .setCampaignId(link.campaignId.toString())
                .setCreatorId(link.creatorId.toString())
                .setPostId(link.postId == null ? "" : link.postId.toString())
                .setDestinationUrl(link.destinationUrl)
                .setRedirectUrl(link.redirectUrl)
                .setCreatedAt(WireTypes.timestamp(link.createdAt))
                .build();
    }

    public static LinkRegistry.NewLink toNewLink(CreateTrackingLinkRequest request) {
        return new LinkRegistry.NewLink(
                Ids.parse("brand_id", request.getBrandId()),
                Ids.parse("campaign_id", request.getCampaignId()),
                Ids.parse("creator_id", request.getCreatorId()),
                Ids.parseOptional("post_id", request.getPostId()),
                request.getDestinationUrl(),
                new TrackingLink.Utm(request.getCreatorHandle(), request.getPlatform(), request.getCampaignName()));
    }
}
