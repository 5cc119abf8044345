package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.Me;
import com.creatorplatform.gateway.schema.Membership;
import com.creatorplatform.gateway.schema.MembershipConnection;
import com.creatorplatform.gateway.schema.MembershipStatus;
import com.creatorplatform.gateway.schema.PlanningInputs.MembershipPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.PostPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.PublishPostInput;
import com.creatorplatform.gateway.schema.PlanningInputs.RespondToInvitationInput;
import com.creatorplatform.gateway.schema.PlanningInputs.SubmitPostInput;
import com.creatorplatform.gateway.schema.PostConnection;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The creator's own slice: `me` and the creator's mutations. The creator is always the token's
 * creator_id ({@link Caller#creatorSelf()}); no input names a creator, so nobody can act as or read
 * another one.
 */
@GraphQLApi
public class CreatorSelfApi {

    /**
     * A creator's memberships are few; reading them all for `invitations`/`campaigns` stops after
     * this many pages.
     */
    private static final int MAX_MEMBERSHIP_PAGES = 10;

    private final Caller caller;
    private final CampaignClient campaigns;

    CreatorSelfApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Query
    @Description("The signed-in creator. Creators only.")
    public @NonNull Me me() {
        return new Me(caller.creatorSelf());
    }

    @Description("Invitations waiting for an answer, newest first.")
    public Uni<@NonNull List<@NonNull Membership>> invitations(@Source Me me) {
        return allMemberships(me.creatorId())
                .map(
                        all ->
                                all.stream()
                                        .filter(m -> m.status() == MembershipStatus.INVITED)
                                        .toList());
    }

    @Description(
            "Every membership (invitations, campaigns, history), newest first. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull MembershipConnection> memberships(
            @Source Me me, @DefaultValue("20") int first, String after) {
        return campaigns
                .creatorMemberships(
                        ListCreatorMembershipsRequest.newBuilder()
                                .setCreatorId(me.creatorId())
                                .setPage(Pages.of(first, after))
                                .build())
                .map(MembershipConnection::from);
    }

    @Description("The campaigns the creator is an ACTIVE member of, newest membership first.")
    public Uni<@NonNull List<@NonNull Campaign>> campaigns(@Source Me me) {
        return allMemberships(me.creatorId())
                .flatMap(
                        all -> {
                            List<Membership> active =
                                    all.stream()
                                            .filter(m -> m.status() == MembershipStatus.ACTIVE)
                                            .toList();
                            return RelatedRecords.resolve(
                                    active,
                                    Membership::brandId,
                                    Membership::campaignId,
                                    (brand, ids) ->
                                            campaigns
                                                    .campaigns(brand, ids)
                                                    .map(
                                                            found ->
                                                                    found.stream()
                                                                            .map(Campaign::from)
                                                                            .toList()),
                                    Campaign::id);
                        })
                .map(found -> found.stream().filter(Objects::nonNull).toList());
    }

    @Description(
            "The creator's own calendar in scheduled order, optionally for one campaign and a scheduled time range "
                    + "(from inclusive, to exclusive). `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull PostConnection> posts(
            @Source Me me,
            @Id String campaignId,
            Instant scheduledFrom,
            Instant scheduledTo,
            @DefaultValue("20") int first,
            String after) {
        var request =
                ListPostsRequest.newBuilder()
                        .setCreatorId(me.creatorId())
                        .setCampaignId(campaignId == null ? "" : campaignId);
        return ContentCalendarApi.list(
                campaigns, request, scheduledFrom, scheduledTo, first, after);
    }

    @Mutation
    @Description(
            "Accepts an invitation of the signed-in creator; accepting an ACTIVE membership again changes nothing. "
                    + "Creators only.")
    public Uni<@NonNull MembershipPayload> acceptInvitation(
            @NonNull RespondToInvitationInput input) {
        return campaigns
                .acceptInvitation(respond(input))
                .map(m -> new MembershipPayload(Membership.from(m)));
    }

    @Mutation
    @Description("Declines an invitation of the signed-in creator. Creators only.")
    public Uni<@NonNull MembershipPayload> declineInvitation(
            @NonNull RespondToInvitationInput input) {
        return campaigns
                .declineInvitation(respond(input))
                .map(m -> new MembershipPayload(Membership.from(m)));
    }

    @Mutation
    @Description(
            "Submits the draft caption of one of the signed-in creator's posts for review (from PLANNED or "
                    + "CHANGES_REQUESTED). Creators only.")
    public Uni<@NonNull PostPayload> submitPost(@NonNull SubmitPostInput input) {
        return campaigns
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(caller.creatorSelf())
                                .setPostId(input.postId())
                                .setCaption(input.caption())
                                .build())
                .map(ContentCalendarApi::payload);
    }

    @Mutation
    @Description(
            "Reports an APPROVED post of the signed-in creator published. Without a disclosure (#ad, #sponsored, "
                    + "#partner or paidPartnership) it is refused with INVALID_ARGUMENT. Creators only.")
    public Uni<@NonNull PostPayload> publishPost(@NonNull PublishPostInput input) {
        return campaigns
                .publishPost(
                        PublishPostRequest.newBuilder()
                                .setCreatorId(caller.creatorSelf())
                                .setPostId(input.postId())
                                .setCaption(input.caption())
                                .setPaidPartnership(input.paidPartnership())
                                .setPublishedUrl(input.publishedUrl())
                                .build())
                .map(ContentCalendarApi::payload);
    }

    private RespondToInvitationRequest respond(RespondToInvitationInput input) {
        return RespondToInvitationRequest.newBuilder()
                .setCreatorId(caller.creatorSelf())
                .setMembershipId(input.membershipId())
                .build();
    }

    private Uni<List<Membership>> allMemberships(String creatorId) {
        return pagesFrom(creatorId, "", new ArrayList<>(), 0);
    }

    private Uni<List<Membership>> pagesFrom(
            String creatorId, String cursor, List<Membership> sofar, int pages) {
        return campaigns
                .creatorMemberships(
                        ListCreatorMembershipsRequest.newBuilder()
                                .setCreatorId(creatorId)
                                .setPage(Pages.of(PageCursor.MAX_PAGE_SIZE, cursor))
                                .build())
                .flatMap(
                        page -> {
                            page.getMembershipsList().forEach(m -> sofar.add(Membership.from(m)));
                            String next = page.getPageInfo().getNextCursor();
                            if (next.isEmpty() || pages + 1 >= MAX_MEMBERSHIP_PAGES) {
                                return Uni.createFrom().item(sofar);
                            }
                            return pagesFrom(creatorId, next, sofar, pages + 1);
                        });
    }
}
