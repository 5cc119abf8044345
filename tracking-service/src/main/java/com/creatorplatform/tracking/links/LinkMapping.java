package com.creatorplatform.tracking.links;

import static com.creatorplatform.tracking.wire.ProtoValues.pageInfo;
import static com.creatorplatform.tracking.wire.ProtoValues.text;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.ListCreatorDiscountCodesResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorLinksResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorRecordsRequest;
import com.creatorplatform.tracking.orders.DiscountCode;
import com.creatorplatform.tracking.persistence.CreatorListing;
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
                .setMadeForPost(link.madeForPost)
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

    /** Which of a creator's links or codes to list, and which page. */
    public static CreatorListing toListing(ListCreatorRecordsRequest request) {
        return new CreatorListing(
                Ids.parse("brand_id", request.getBrandId()),
                Ids.parse("creator_id", request.getCreatorId()),
                Ids.parseBatch("campaign_ids", request.getCampaignIdsList()),
                PageCursor.decode(request.getPage().getCursor()),
                PageCursor.pageSize(request.getPage().getPageSize()));
    }

    public static ListCreatorLinksResponse toLinksPage(Page<TrackingLink> page) {
        return ListCreatorLinksResponse.newBuilder()
                .addAllLinks(page.items().stream().map(LinkMapping::toProto).toList())
                .setPage(pageInfo(page))
                .build();
    }

    public static ListCreatorDiscountCodesResponse toCodesPage(Page<DiscountCode> page) {
        return ListCreatorDiscountCodesResponse.newBuilder()
                .addAllDiscountCodes(page.items().stream().map(LinkMapping::toProto).toList())
                .setPage(pageInfo(page))
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
