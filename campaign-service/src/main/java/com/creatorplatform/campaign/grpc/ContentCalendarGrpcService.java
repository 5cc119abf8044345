package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.PostMapping;
import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.ReadMask;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsResponse;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsRequest;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsResponse;
import com.creatorplatform.proto.campaign.v1.ContentCalendarService;
import com.creatorplatform.proto.campaign.v1.CreatorPosts;
import com.creatorplatform.proto.campaign.v1.GetPublishedPostCountsRequest;
import com.creatorplatform.proto.campaign.v1.GetPublishedPostCountsResponse;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPostsResponse;
import com.creatorplatform.proto.campaign.v1.Post;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RequestPostChangesRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The content calendar: posts from plan through review to publication. Thin adapter: parse the
 * request, call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class ContentCalendarGrpcService implements ContentCalendarService {

    private final ContentCalendar calendar;

    ContentCalendarGrpcService(ContentCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Uni<Post> schedulePost(SchedulePostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.schedule(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        PostMapping.toPlan(request))
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> submitPost(SubmitPostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.submit(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("post_id", request.getPostId()),
                                        request.getCaption())
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> approvePost(ApprovePostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.approve(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("post_id", request.getPostId()))
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> requestPostChanges(RequestPostChangesRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.requestChanges(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("post_id", request.getPostId()),
                                        request.getFeedback())
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> publishPost(PublishPostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.publish(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("post_id", request.getPostId()),
                                        request.getCaption(),
                                        request.getPaidPartnership(),
                                        request.getPublishedUrl())
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<BatchGetPostsResponse> batchGetPosts(BatchGetPostsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return calendar.byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetPostsResponse.newBuilder()
                                                    .addAllPosts(
                                                            found.stream()
                                                                    .map(PostMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListPostsResponse> listPosts(ListPostsRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.list(
                                        PostMapping.toFilter(request),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(
                                        page ->
                                                ListPostsResponse.newBuilder()
                                                        .addAllPosts(
                                                                page.items().stream()
                                                                        .map(PostMapping::toProto)
                                                                        .toList())
                                                        .setPageInfo(WirePages.info(page))
                                                        .build()));
    }

    @Override
    public Uni<BatchListCreatorPostsResponse> batchListCreatorPosts(
            BatchListCreatorPostsRequest request) {
        return GrpcCalls.run(
                () -> {
                    ReadMask fields = PostMapping.postFields(request.getReadMask());
                    return calendar.ofCreators(
                                    Ids.parse("brand_id", request.getBrandId()),
                                    Ids.parse("campaign_id", request.getCampaignId()),
                                    Ids.parseBatch("creator_ids", request.getCreatorIdsList()),
                                    request.getLimitPerCreator() == 0
                                            ? PageCursor.DEFAULT_PAGE_SIZE
                                            : request.getLimitPerCreator())
                            .map(
                                    found ->
                                            BatchListCreatorPostsResponse.newBuilder()
                                                    .addAllCreators(
                                                            found.stream()
                                                                    .map(
                                                                            c ->
                                                                                    CreatorPosts
                                                                                            .newBuilder()
                                                                                            .setCreatorId(
                                                                                                    c.creatorId()
                                                                                                            .toString())
                                                                                            .addAllPosts(
                                                                                                    c
                                                                                                            .first()
                                                                                                            .stream()
                                                                                                            .map(
                                                                                                                    post ->
                                                                                                                            PostMapping
                                                                                                                                    .toProto(
                                                                                                                                            post,
                                                                                                                                            fields))
                                                                                                            .toList())
                                                                                            .setTotal(
                                                                                                    c
                                                                                                            .total())
                                                                                            .build())
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<GetPublishedPostCountsResponse> getPublishedPostCounts(
            GetPublishedPostCountsRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.publishedCounts(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getQueriesList().stream()
                                                .map(
                                                        q ->
                                                                new ContentCalendar.PublicationDays(
                                                                        Ids.parse(
                                                                                "campaign_id",
                                                                                q.getCampaignId()),
                                                                        requiredDate(
                                                                                "dates.from",
                                                                                q.getDates()
                                                                                        .getFrom()),
                                                                        requiredDate(
                                                                                "dates.to",
                                                                                q.getDates()
                                                                                        .getTo())))
                                                .toList())
                                .map(
                                        counts ->
                                                GetPublishedPostCountsResponse.newBuilder()
                                                        .addAllCounts(counts)
                                                        .build()));
    }

    private static LocalDate requiredDate(String field, String value) {
        LocalDate date = WireTypes.optionalDate(field, value);
        if (date == null) {
            throw ApiError.invalidArgument(field + " is required");
        }
        return date;
    }
}
