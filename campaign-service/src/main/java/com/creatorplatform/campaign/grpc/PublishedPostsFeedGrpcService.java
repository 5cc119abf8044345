package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.PostMapping;
import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsResponse;
import com.creatorplatform.proto.campaign.v1.PublishedPostsFeed;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/**
 * The feed of published posts that payout-service and tracking-service follow. Thin adapter: parse
 * the request, call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class PublishedPostsFeedGrpcService implements PublishedPostsFeed {

    private final ContentCalendar calendar;

    PublishedPostsFeedGrpcService(ContentCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Uni<ListPublishedPostsResponse> listPublishedPosts(ListPublishedPostsRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.publishedAfter(request.getAfter(), request.getLimit())
                                .map(
                                        published ->
                                                PostMapping.toFeed(request.getAfter(), published)));
    }
}
