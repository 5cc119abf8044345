package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.campaign.grpc.Fixtures.creator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.BatchGetMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.Membership;
import com.creatorplatform.proto.campaign.v1.MembershipStatus;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RetireMembershipRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.common.v1.PageRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shortlist, invite, accept, decline and retire through a real gRPC client, checked in the
 * database.
 */
@QuarkusTest
class MembershipGrpcServiceTest {

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Test
    void aCreatorIsShortlistedInvitedAcceptsAndIsRetiredWithHistoryKept() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Flow");
        String creator = newCreator(brand);

        var shortlisted = shortlist(brand, campaign, creator);
        assertEquals(MembershipStatus.MEMBERSHIP_STATUS_SHORTLISTED, shortlisted.getStatus());
        var invited = invite(brand, shortlisted.getId(), "We love your trail runs");
        var active = api.memberships().acceptInvitation(respond(creator, invited.getId()));
        var retired =
                api.memberships()
                        .retireMembership(
                                RetireMembershipRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setMembershipId(active.getId())
                                        .setReason("season over")
                                        .build());

        assertEquals(MembershipStatus.MEMBERSHIP_STATUS_RETIRED, retired.getStatus());
        assertEquals("We love your trail runs", retired.getInvitationMessage());
        assertTrue(retired.hasAcceptedAt() && retired.hasRetiredAt());
        var stored =
                Fixtures.row(
                        db,
                        "select status, invitation_message, accepted_at, retire_reason from membership where id = $1",
                        retired.getId());
        assertEquals("RETIRED", stored.getString("status"));
        assertEquals("season over", stored.getString("retire_reason"));
        assertEquals(
                retired.getAcceptedAt().getSeconds(),
                stored.getOffsetDateTime("accepted_at").toEpochSecond(),
                "the acceptance time answered is the one stored");
    }

    @Test
    void onlyTheInvitedCreatorCanAnswerAndAcceptingTwiceIsHarmless() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Answer");
        String creator = newCreator(brand);
        var invited = invite(brand, shortlist(brand, campaign, creator).getId(), "Join us");

        var stranger =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.memberships()
                                        .acceptInvitation(
                                                respond(newCreator(brand), invited.getId())));
        assertEquals(Status.Code.NOT_FOUND, stranger.getStatus().getCode());

        var first = api.memberships().acceptInvitation(respond(creator, invited.getId()));
        var second = api.memberships().acceptInvitation(respond(creator, invited.getId()));
        assertEquals(first, second);

        var decline =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.memberships()
                                        .declineInvitation(respond(creator, invited.getId())));
        assertEquals(Status.Code.FAILED_PRECONDITION, decline.getStatus().getCode());
        assertEquals(
                "a membership cannot move from ACTIVE to DECLINED",
                decline.getStatus().getDescription());
    }

    @Test
    void aDeclinedInvitationStaysDeclinedAndAnInvitationNeedsAMessage() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Decline");
        String creator = newCreator(brand);
        var membership = shortlist(brand, campaign, creator);

        var noMessage =
                assertThrows(
                        StatusRuntimeException.class, () -> invite(brand, membership.getId(), " "));
        assertEquals(Status.Code.INVALID_ARGUMENT, noMessage.getStatus().getCode());
        assertEquals(
                "SHORTLISTED",
                Fixtures.row(db, "select status from membership where id = $1", membership.getId())
                        .getString(0));

        invite(brand, membership.getId(), "Join us");
        assertEquals(
                MembershipStatus.MEMBERSHIP_STATUS_DECLINED,
                api.memberships()
                        .declineInvitation(respond(creator, membership.getId()))
                        .getStatus());
        var late =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.memberships()
                                        .acceptInvitation(respond(creator, membership.getId())));
        assertEquals(Status.Code.FAILED_PRECONDITION, late.getStatus().getCode());
    }

    @Test
    void aCreatorIsShortlistedOnceAndOnlyByTheirOwnBrand() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Once");
        String creator = newCreator(brand);
        shortlist(brand, campaign, creator);

        var twice =
                assertThrows(
                        StatusRuntimeException.class, () -> shortlist(brand, campaign, creator));
        assertEquals(Status.Code.ALREADY_EXISTS, twice.getStatus().getCode());
        String otherBrand = Fixtures.brandId(api);
        var foreignCreator =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> shortlist(brand, campaign, newCreator(otherBrand)));
        assertEquals(Status.Code.NOT_FOUND, foreignCreator.getStatus().getCode());
        var foreignCampaign =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> shortlist(otherBrand, campaign, creator));
        assertEquals(Status.Code.NOT_FOUND, foreignCampaign.getStatus().getCode());
        assertEquals(
                1L,
                Fixtures.row(db, "select count(*) from membership where campaign_id = $1", campaign)
                        .getLong(0));
    }

    @Test
    void membershipsAreListedByCampaignAndByCreatorAndReadByIdWithinTheBrand() {
        String brand = Fixtures.brandId(api);
        String spring = Fixtures.draft(api, brand, "Spring");
        String autumn = Fixtures.draft(api, brand, "Autumn");
        String ana = newCreator(brand);
        String ben = newCreator(brand);
        var anaSpring = shortlist(brand, spring, ana);
        var benSpring = shortlist(brand, spring, ben);
        var anaAutumn = shortlist(brand, autumn, ana);

        var springPage =
                api.memberships()
                        .listCampaignMemberships(
                                ListCampaignMembershipsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(spring)
                                        .setPage(PageRequest.newBuilder().setPageSize(1))
                                        .build());
        var springRest =
                api.memberships()
                        .listCampaignMemberships(
                                ListCampaignMembershipsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(spring)
                                        .setPage(
                                                PageRequest.newBuilder()
                                                        .setCursor(
                                                                springPage
                                                                        .getPageInfo()
                                                                        .getNextCursor()))
                                        .build());
        assertEquals(List.of(benSpring), springPage.getMembershipsList());
        assertEquals(List.of(anaSpring), springRest.getMembershipsList());
        assertEquals(
                List.of(anaAutumn, anaSpring),
                api.memberships()
                        .listCreatorMemberships(
                                ListCreatorMembershipsRequest.newBuilder()
                                        .setCreatorId(ana)
                                        .build())
                        .getMembershipsList());
        assertTrue(
                api.memberships()
                        .listCampaignMemberships(
                                ListCampaignMembershipsRequest.newBuilder()
                                        .setBrandId(Fixtures.brandId(api))
                                        .setCampaignId(spring)
                                        .build())
                        .getMembershipsList()
                        .isEmpty());
        assertEquals(
                List.of(anaAutumn, benSpring),
                api.memberships()
                        .batchGetMemberships(
                                BatchGetMembershipsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addIds(anaAutumn.getId())
                                        .addIds(benSpring.getId())
                                        .build())
                        .getMembershipsList());
    }

    private String newCreator(String brand) {
        return api.creators()
                .createCreator(creator(brand, "Creator", "DE", "running").build())
                .getId();
    }

    private Membership shortlist(String brand, String campaign, String creator) {
        return api.memberships()
                .shortlist(
                        ShortlistRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(creator)
                                .build());
    }

    private Membership invite(String brand, String membership, String message) {
        return api.memberships()
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(brand)
                                .setMembershipId(membership)
                                .setMessage(message)
                                .build());
    }

    private static RespondToInvitationRequest respond(String creator, String membership) {
        return RespondToInvitationRequest.newBuilder()
                .setCreatorId(creator)
                .setMembershipId(membership)
                .build();
    }
}
