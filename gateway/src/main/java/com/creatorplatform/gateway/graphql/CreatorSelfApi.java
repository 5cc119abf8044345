package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
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
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The creator's own slice: `me` and the creator's mutations. The creator is always the token's own
 * creator records ({@link Caller#creatorIds()}); an input may only pick one of them, so nobody can
 * act as or read another creator.
 */
@GraphQLApi
public class CreatorSelfApi {

    /**
     * A creator's memberships are few; reading them all for `invitations`/`campaigns` stops after
     * this many pages.
     */
    static final int MAX_MEMBERSHIP_PAGES = 10;

    /** How a paged list of `me` picks one of the creator's records. */
    static final String CREATOR_ID =
            "`creatorId` picks one of `creatorIds` (needed only when there are several).";

    private final Caller caller;
    private final CampaignClient campaigns;

    CreatorSelfApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Query
    @Description("The signed-in creator. Creators only.")
    public @NonNull Me me() {
        return new Me(caller.creatorIds());
    }

    @Description("Invitations waiting for an answer, newest first.")
    public Uni<@NonNull List<@NonNull Membership>> invitations(@Source Me me) {
        return allMemberships(campaigns, me.creatorIds())
                .map(
                        all ->
                                all.stream()
                                        .filter(m -> m.status() == MembershipStatus.INVITED)
                                        .toList());
    }

    @Description(
            "Every membership of one of the creator's records (invitations, campaigns, history), newest first. "
                    + CREATOR_ID
                    + " `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull MembershipConnection> memberships(
            @Source Me me, @Id String creatorId, @DefaultValue("20") int first, String after) {
        return campaigns
                .creatorMemberships(
                        ListCreatorMembershipsRequest.newBuilder()
                                .setCreatorId(caller.creatorToRead(creatorId))
                                .setPage(Pages.of(first, after))
                                .build())
                .map(MembershipConnection::from);
    }

    @Description("The campaigns the creator is an ACTIVE member of, newest membership first.")
    public Uni<@NonNull List<@NonNull Campaign>> campaigns(@Source Me me) {
        return allMemberships(campaigns, me.creatorIds())
                .flatMap(
                        all -> {
                            List<Membership> active =
                                    all.stream()
                                            .filter(m -> m.status() == MembershipStatus.ACTIVE)
                                            .toList();
                            return RelatedRecords.resolve(
                                    active,
                                    m -> new ReadScope(m.brandId(), m.creatorId()),
                                    Membership::campaignId,
                                    (scope, ids) ->
                                            campaigns
                                                    .campaigns(scope, ids)
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
                    + "(from inclusive, to exclusive). "
                    + CREATOR_ID
                    + " `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull PostConnection> posts(
            @Source Me me,
            @Id String creatorId,
            @Id String campaignId,
            Instant scheduledFrom,
            Instant scheduledTo,
            @DefaultValue("20") int first,
            String after) {
        var request =
                ListPostsRequest.newBuilder()
                        .setCreatorId(caller.creatorToRead(creatorId))
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
        return asOwner(creatorId -> campaigns.acceptInvitation(respond(creatorId, input)))
                .map(m -> new MembershipPayload(Membership.from(m)));
    }

    @Mutation
    @Description("Declines an invitation of the signed-in creator. Creators only.")
    public Uni<@NonNull MembershipPayload> declineInvitation(
            @NonNull RespondToInvitationInput input) {
        return asOwner(creatorId -> campaigns.declineInvitation(respond(creatorId, input)))
                .map(m -> new MembershipPayload(Membership.from(m)));
    }

    @Mutation
    @Description(
            "Submits the draft caption of one of the signed-in creator's posts for review (from PLANNED or "
                    + "CHANGES_REQUESTED). Creators only.")
    public Uni<@NonNull PostPayload> submitPost(@NonNull SubmitPostInput input) {
        return asOwner(
                        creatorId ->
                                campaigns.submitPost(
                                        SubmitPostRequest.newBuilder()
                                                .setCreatorId(creatorId)
                                                .setPostId(input.postId())
                                                .setCaption(input.caption())
                                                .build()))
                .map(ContentCalendarApi::payload);
    }

    @Mutation
    @Description(
            "Reports an APPROVED post of the signed-in creator published. Without a disclosure (#ad, #sponsored, "
                    + "#partner or paidPartnership) it is refused with INVALID_ARGUMENT. Creators only.")
    public Uni<@NonNull PostPayload> publishPost(@NonNull PublishPostInput input) {
        return asOwner(
                        creatorId ->
                                campaigns.publishPost(
                                        PublishPostRequest.newBuilder()
                                                .setCreatorId(creatorId)
                                                .setPostId(input.postId())
                                                .setCaption(input.caption())
                                                .setPaidPartnership(input.paidPartnership())
                                                .setPublishedUrl(input.publishedUrl())
                                                .build()))
                .map(ContentCalendarApi::payload);
    }

    /**
     * A write on a membership or post of the caller's, sent as the creator record it belongs to:
     * campaign-service answers NOT_FOUND for a record of another creator, so each of the caller's
     * records is tried in turn (one call while a creator works with one brand). Nothing is written
     * under a record that does not own it.
     */
    private <T> Uni<T> asOwner(Function<String, Uni<T>> write) {
        List<String> own = caller.creatorIds();
        Uni<T> attempt = write.apply(own.get(0));
        for (String next : own.subList(1, own.size())) {
            attempt =
                    attempt.onFailure(ApiGraphQLError.NotFound.class)
                            .recoverWithUni(() -> write.apply(next));
        }
        return attempt;
    }

    private static RespondToInvitationRequest respond(
            String creatorId, RespondToInvitationInput input) {
        return RespondToInvitationRequest.newBuilder()
                .setCreatorId(creatorId)
                .setMembershipId(input.membershipId())
                .build();
    }

    /**
     * Every membership of each of the creator's records, newest first per record (at most {@link
     * #MAX_MEMBERSHIP_PAGES} pages each).
     */
    static Uni<List<Membership>> allMemberships(CampaignClient campaigns, List<String> creatorIds) {
        List<Uni<List<Membership>>> reads =
                creatorIds.stream()
                        .map(
                                creatorId ->
                                        Pages.all(
                                                page ->
                                                        campaigns.creatorMemberships(
                                                                ListCreatorMembershipsRequest
                                                                        .newBuilder()
                                                                        .setCreatorId(creatorId)
                                                                        .setPage(page)
                                                                        .build()),
                                                page ->
                                                        page.getMembershipsList().stream()
                                                                .map(Membership::from)
                                                                .toList(),
                                                page -> page.getPageInfo().getNextCursor(),
                                                MAX_MEMBERSHIP_PAGES))
                        .toList();
        return Levels.concat(reads);
    }
}
