package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.PlanningInputs.ApprovePostInput;
import com.creatorplatform.gateway.schema.PlanningInputs.PostPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.RequestPostChangesInput;
import com.creatorplatform.gateway.schema.PlanningInputs.SchedulePostInput;
import com.creatorplatform.gateway.schema.Platform;
import com.creatorplatform.gateway.schema.Post;
import com.creatorplatform.gateway.schema.PostConnection;
import com.creatorplatform.gateway.schema.PostFormat;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.RequestPostChangesRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The brand's side of the content calendar: scheduling, review and the calendar itself, answered by
 * campaign-service.
 */
@GraphQLApi
public class ContentCalendarApi {

    private final Caller caller;
    private final CampaignClient campaigns;

    ContentCalendarApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Mutation
    @Description(
            "Plans a post of an ACTIVE member of the campaign; a week already at the cadence limit is refused "
                    + "(FAILED_PRECONDITION). Brand admins only.")
    public Uni<@NonNull PostPayload> schedulePost(@NonNull SchedulePostInput input) {
        return campaigns
                .schedulePost(
                        SchedulePostRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setCampaignId(input.campaignId())
                                .setCreatorId(input.creatorId())
                                .setPlatform(Platform.toProto(input.platform()))
                                .setFormat(PostFormat.toProto(input.format()))
                                .setScheduledAt(WireTypes.timestamp(input.scheduledAt()))
                                .setBrief(input.brief())
                                .build())
                .map(ContentCalendarApi::payload);
    }

    @Mutation
    @Description("Approves a SUBMITTED post. Brand admins only.")
    public Uni<@NonNull PostPayload> approvePost(@NonNull ApprovePostInput input) {
        return campaigns
                .approvePost(
                        ApprovePostRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setPostId(input.postId())
                                .build())
                .map(ContentCalendarApi::payload);
    }

    @Mutation
    @Description("Sends a SUBMITTED post back to the creator with feedback. Brand admins only.")
    public Uni<@NonNull PostPayload> requestPostChanges(@NonNull RequestPostChangesInput input) {
        return campaigns
                .requestPostChanges(
                        RequestPostChangesRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setPostId(input.postId())
                                .setFeedback(input.feedback())
                                .build())
                .map(ContentCalendarApi::payload);
    }

    @Query
    @Description(
            "The brand's content calendar in scheduled order, filtered by campaign, creator and scheduled time "
                    + "(from inclusive, to exclusive). `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull PostConnection> posts(
            @Id String campaignId,
            @Id String creatorId,
            Instant scheduledFrom,
            Instant scheduledTo,
            @DefaultValue("20") int first,
            String after) {
        var request =
                ListPostsRequest.newBuilder()
                        .setBrandId(caller.brandToRead())
                        .setCampaignId(campaignId == null ? "" : campaignId)
                        .setCreatorId(creatorId == null ? "" : creatorId);
        return list(campaigns, request, scheduledFrom, scheduledTo, first, after);
    }

    /**
     * One page of the calendar; shared with the creator's own calendar, which sets the creator from
     * the token.
     */
    static Uni<PostConnection> list(
            CampaignClient campaigns,
            ListPostsRequest.Builder request,
            Instant scheduledFrom,
            Instant scheduledTo,
            int first,
            String after) {
        if (scheduledFrom != null) {
            request.setScheduledFrom(WireTypes.timestamp(scheduledFrom));
        }
        if (scheduledTo != null) {
            request.setScheduledTo(WireTypes.timestamp(scheduledTo));
        }
        request.setPage(Pages.of(first, after));
        return campaigns
                .listPosts(request.build())
                .map(
                        page ->
                                new PostConnection(
                                        page.getPostsList().stream().map(Post::from).toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    static PostPayload payload(com.creatorplatform.proto.campaign.v1.Post post) {
        return new PostPayload(Post.from(post));
    }
}
