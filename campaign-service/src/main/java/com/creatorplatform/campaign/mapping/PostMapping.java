package com.creatorplatform.campaign.mapping;

import static com.creatorplatform.proto.campaign.v1.Post.BRAND_ID_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.BRIEF_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.CAMPAIGN_ID_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.CAPTION_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.CREATED_AT_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.CREATOR_ID_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.FEEDBACK_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.FORMAT_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.PAID_PARTNERSHIP_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.PLATFORM_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.PUBLISHED_AT_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.PUBLISHED_URL_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.SCHEDULED_AT_FIELD_NUMBER;
import static com.creatorplatform.proto.campaign.v1.Post.STATUS_FIELD_NUMBER;

import com.creatorplatform.campaign.domain.ApprovedPost;
import com.creatorplatform.campaign.domain.Post;
import com.creatorplatform.campaign.domain.PostFormat;
import com.creatorplatform.campaign.domain.PublishedPost;
import com.creatorplatform.campaign.repository.PostRepository;
import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.ReadMask;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.ListApprovedPostsResponse;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsResponse;
import com.creatorplatform.proto.campaign.v1.PostStatus;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.google.protobuf.FieldMask;
import java.util.List;

/** Posts: protobuf ⇄ domain, and nothing else. */
public final class PostMapping {

    private static final ReadMask EVERY_FIELD = postFields(FieldMask.getDefaultInstance());

    private PostMapping() {}

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
        return toProto(post, EVERY_FIELD);
    }

    /** The fields of the wire post that {@code mask} asks for (see {@link ReadMask}). */
    public static ReadMask postFields(FieldMask mask) {
        return ReadMask.of(
                "read_mask", mask, com.creatorplatform.proto.campaign.v1.Post.getDescriptor());
    }

    /** The post with the fields {@code fields} asks for; the id always. */
    public static com.creatorplatform.proto.campaign.v1.Post toProto(Post post, ReadMask fields) {
        var builder =
                com.creatorplatform.proto.campaign.v1.Post.newBuilder().setId(post.id.toString());
        if (fields.has(BRAND_ID_FIELD_NUMBER)) {
            builder.setBrandId(post.brandId.toString());
        }
        if (fields.has(CAMPAIGN_ID_FIELD_NUMBER)) {
            builder.setCampaignId(post.campaignId.toString());
        }
        if (fields.has(CREATOR_ID_FIELD_NUMBER)) {
            builder.setCreatorId(post.creatorId.toString());
        }
        if (fields.has(PLATFORM_FIELD_NUMBER)) {
            builder.setPlatform(CreatorMapping.toProto(post.platform));
        }
        if (fields.has(FORMAT_FIELD_NUMBER)) {
            builder.setFormat(
                    EnumNames.toWire(
                            com.creatorplatform.proto.campaign.v1.PostFormat.class,
                            "POST_FORMAT_",
                            post.format));
        }
        if (fields.has(SCHEDULED_AT_FIELD_NUMBER)) {
            builder.setScheduledAt(WireTypes.timestamp(post.scheduledAt));
        }
        if (fields.has(BRIEF_FIELD_NUMBER)) {
            builder.setBrief(post.brief);
        }
        if (fields.has(STATUS_FIELD_NUMBER)) {
            builder.setStatus(EnumNames.toWire(PostStatus.class, "POST_STATUS_", post.status));
        }
        if (fields.has(PAID_PARTNERSHIP_FIELD_NUMBER)) {
            builder.setPaidPartnership(post.paidPartnership);
        }
        if (fields.has(CREATED_AT_FIELD_NUMBER)) {
            builder.setCreatedAt(WireTypes.timestamp(post.createdAt));
        }
        if (post.caption != null && fields.has(CAPTION_FIELD_NUMBER)) {
            builder.setCaption(post.caption);
        }
        if (post.feedback != null && fields.has(FEEDBACK_FIELD_NUMBER)) {
            builder.setFeedback(post.feedback);
        }
        if (post.publishedUrl != null && fields.has(PUBLISHED_URL_FIELD_NUMBER)) {
            builder.setPublishedUrl(post.publishedUrl);
        }
        if (post.publishedAt != null && fields.has(PUBLISHED_AT_FIELD_NUMBER)) {
            builder.setPublishedAt(WireTypes.timestamp(post.publishedAt));
        }
        return builder.build();
    }

    /**
     * A page of the feed; its next cursor is the position after its last post, or {@code after}
     * when it has none.
     */
    public static ListPublishedPostsResponse toFeed(String after, List<PublishedPost> published) {
        return ListPublishedPostsResponse.newBuilder()
                .addAllPosts(published.stream().map(PostMapping::toProto).toList())
                .setNextCursor(
                        published.isEmpty() ? after : published.get(published.size() - 1).cursor())
                .build();
    }

    private static com.creatorplatform.proto.campaign.v1.PublishedPost toProto(PublishedPost post) {
        var builder =
                com.creatorplatform.proto.campaign.v1.PublishedPost.newBuilder()
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
            builder.setFeePerPublishedPost(
                    OfferMapping.money(post.feePerPublishedPostMinor(), post.currency()));
        }
        if (post.budgetCapMinor() != null) {
            builder.setCampaignBudgetCap(
                    OfferMapping.money(post.budgetCapMinor(), post.currency()));
        }
        return builder.build();
    }

    public static ListApprovedPostsResponse toApprovalFeed(
            String after, List<ApprovedPost> approved) {
        return ListApprovedPostsResponse.newBuilder()
                .addAllPosts(approved.stream().map(PostMapping::toProto).toList())
                .setNextCursor(
                        approved.isEmpty() ? after : approved.get(approved.size() - 1).cursor())
                .build();
    }

    private static com.creatorplatform.proto.campaign.v1.ApprovedPost toProto(ApprovedPost post) {
        return com.creatorplatform.proto.campaign.v1.ApprovedPost.newBuilder()
                .setPostId(post.postId().toString())
                .setBrandId(post.brandId().toString())
                .setCampaignId(post.campaignId().toString())
                .setCampaignName(post.campaignName())
                .setCreatorId(post.creatorId().toString())
                .setPlatform(CreatorMapping.toProto(post.platform()))
                .setCreatorHandle(post.creatorHandle() == null ? "" : post.creatorHandle())
                .setApprovedAt(WireTypes.timestamp(post.approvedAt()))
                .setLandingUrl(post.landingUrl())
                .build();
    }
}
