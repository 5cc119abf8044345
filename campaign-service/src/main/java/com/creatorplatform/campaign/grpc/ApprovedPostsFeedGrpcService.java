package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.PostMapping;
import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.proto.campaign.v1.ApprovedPostsFeed;
import com.creatorplatform.proto.campaign.v1.ListApprovedPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListApprovedPostsResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/**
 * The feed of approved posts that tracking-service follows to give each post its own link. Thin
 * adapter: parse the request, call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class ApprovedPostsFeedGrpcService implements ApprovedPostsFeed {

    private final ContentCalendar calendar;

    ApprovedPostsFeedGrpcService(ContentCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Uni<ListApprovedPostsResponse> listApprovedPosts(ListApprovedPostsRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.approvedAfter(request.getAfter(), request.getLimit())
                                .map(
                                        approved ->
                                                PostMapping.toApprovalFeed(
                                                        request.getAfter(), approved)));
    }
}
