package com.creatorplatform.campaign.mapping;

import com.creatorplatform.campaign.domain.Post;
import com.creatorplatform.campaign.domain.PostFormat;
import com.creatorplatform.campaign.domain.PublishedPost;
import com.creatorplatform.campaign.repository.PostRepository;
import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsResponse;
import com.creatorplatform.proto.campaign.v1.PostStatus;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import java.util.List;

/** Posts: protobuf ⇄ domain, and nothing else. */
public final class PostMapping {

    private PostMapping() {
    }

    public static ContentCalendar.Plan toPlan(SchedulePostRequest request) {
        return new ContentCalendar.Plan(
                Ids.parse("campaign_id", request.getCampaignId()),
                Ids.parse("creator_id", request.getCreatorId()),
                CreatorMapping.toPlatform("platform", request.getPlatform()),
                WireEnums.required("format", PostFormat.class, "POST_FORMAT_", request.getFormat()),
                request.hasScheduledAt() ? WireTypes.instant(request.getScheduledAt()) : null,
                request.getBrief());
    }

    public static PostRepository.Filter toFilter(ListPostsRequest request) {
        return new PostRepository.Filter(
                Ids.parseOptional("brand_id", request.getBrandId()),
                Ids.parseOptional("campaign_id", request.getCampaignId()),
                Ids.parseOptional("creator_id", request.getCreatorId()),
                request.hasScheduledFrom() ? WireTypes.instant(request.getScheduledFrom()) : null,
                request.hasScheduledTo() ? WireTypes.instant(request.getScheduledTo()) : null);
    }

    public static com.creatorplatform.proto.campaign.v1.Post toProto(Post post) {
        var builder = com.creatorplatform.proto.campaign.v1.Post.newBuilder()
                .setId(post.id.toString())
                .setBrandId(post.brandId.toString())
                .setCampaignId(post.campaignId.toString())
                .setCreatorId(post.creatorId.toString())
                .setPlatform(CreatorMapping.toProto(post.platform))
                .setFormat(EnumNames.toWire(com.creatorplatform.proto.campaign.v1.PostFormat.class, "POST_FORMAT_", post.format))
                .setScheduledAt(WireTypes.timestamp(post.scheduledAt))
                .setBrief(post.brief)
                .setStatus(EnumNames.toWire(PostStatus.class, "POST_STATUS_", post.status))
                .setPaidPartnership(post.paidPartnership)
                .setCreatedAt(WireTypes.timestamp(post.createdAt));
        if (post.caption != null) {
            builder.setCaption(post.caption);
        }
        if (post.feedback != null) {
            builder.setFeedback(post.feedback);
        }
        if (post.publishedUrl != null) {
            builder.setPublishedUrl(post.publishedUrl).setPublishedAt(WireTypes.timestamp(post.publishedAt));
        }
        return builder.build();
    }

    /** A page of the feed; its next cursor is the position after its last post, or {@code after} when it has none. */
    public static ListPublishedPostsResponse toFeed(String after, List<PublishedPost> published) {
        return ListPublishedPostsResponse.newBuilder()
                .addAllPosts(published.stream().map(PostMapping::toProto).toList())
                .setNextCursor(published.isEmpty() ? after : published.get(published.size() - 1).cursor())
                .build();
    }

    private static com.creatorplatform.proto.campaign.v1.PublishedPost toProto(PublishedPost post) {
        var builder = com.creatorplatform.proto.campaign.v1.PublishedPost.newBuilder()
                .setPostId(post.postId().toString())
                .setBrandId(post.brandId().toString())
                .setCampaignId(post.campaignId().toString())
                .setCampaignName(post.campaignName())
                .setCreatorId(post.creatorId().toString())
                .setPlatform(CreatorMapping.toProto(post.platform()))
                .setCreatorHandle(post.creatorHandle() == null ? "" : post.creatorHandle())
                .setPublishedAt(WireTypes.timestamp(post.publishedAt()))
                .setPublishedUrl(post.publishedUrl())
                .setLandingUrl(post.landingUrl());
        if (post.offerId() != null) {
            builder.setOfferVersionId(post.offerId().toString()).setHoldDays(post.holdDays());
        }
        if (post.feePerPublishedPostMinor() != null) {
            builder.setFeePerPublishedPost(OfferMapping.money(post.feePerPublishedPostMinor(), post.currency()));
        }
        if (post.budgetCapMinor() != null) {
            builder.setCampaignBudgetCap(OfferMapping.money(post.budgetCapMinor(), post.currency()));
        }
        return builder.build();
    }
}
