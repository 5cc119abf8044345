package com.creatorplatform.tracking.links;

import static com.creatorplatform.tracking.wire.ProtoValues.text;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.tracking.orders.DiscountCode;
import com.creatorplatform.tracking.wire.PlatformNames;

/** Protobuf ⇄ domain for links and discount codes, and nothing else. */
public final class LinkMapping {

    private LinkMapping() {}

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
                .setPlatform(text(link.platform))
                .setCreatedAt(WireTypes.timestamp(link.createdAt))
                .build();
    }

    public static com.creatorplatform.proto.tracking.v1.DiscountCode toProto(DiscountCode code) {
        return com.creatorplatform.proto.tracking.v1.DiscountCode.newBuilder()
                .setId(code.id.toString())
                .setBrandId(code.brandId.toString())
                .setCode(code.code)
                .setCreatorId(code.creatorId.toString())
                .setCampaignId(code.campaignId.toString())
                .setCreatedAt(WireTypes.timestamp(code.createdAt))
                .build();
    }

    public static LinkRegistry.NewLink toNewLink(CreateTrackingLinkRequest request) {
        return new LinkRegistry.NewLink(
                Ids.parse("brand_id", request.getBrandId()),
                Ids.parse("campaign_id", request.getCampaignId()),
                Ids.parse("creator_id", request.getCreatorId()),
                Ids.parseOptional("post_id", request.getPostId()),
                PlatformNames.parseOptional("platform", request.getPlatform()),
                request.getDestinationUrl(),
                new TrackingLink.Utm(request.getCreatorHandle(), request.getCampaignName()));
    }
}
