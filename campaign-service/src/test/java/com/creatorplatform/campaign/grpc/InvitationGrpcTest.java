package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.campaign.grpc.Fixtures.creator;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.MembershipStatus;
import com.creatorplatform.proto.campaign.v1.RedeemInvitationRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

/**
 * An invitation from the brand's Invite to the person's first sign-in: the mail over real SMTP, the
 * signed link redeemed through the rpc the gateway calls, the login in the real Keycloak. The mail
 * server is the service's own dev mailbox (GreenMail), switched on in the test profile.
 */
@QuarkusTest
class InvitationGrpcTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Inject Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.server-url")
    String keycloakUrl;

    @ConfigProperty(name = "keycloak.realm")
    String realm;

    @ConfigProperty(name = "campaign.invitations.link-base")
    String linkBase;

    @Test
    void theMailedLinkCreatesTheLoginAndAcceptsTheMembershipOnce() {
        String brand = Fixtures.brandId(api);
        var creator = api.creators().createCreator(creator(brand, "Invited", "DE").build());
        String membership = invited(brand, creator, "winter-trail");

        String[] mail = mailTo(creator.getEmail());
        assertTrue(mail[0].startsWith("Northwind "), mail[0]);
        assertTrue(mail[0].endsWith(" invites you to \"winter-trail\""), mail[0]);
        assertTrue(mail[1].contains("Join us in the snow"), mail[1]);
        assertTrue(mail[1].contains(linkBase + "?token="), mail[1]);
        assertNotNull(invitationRow(membership).getValue("mailed_at"));

        var redeemed =
                api.memberships()
                        .redeemInvitation(
                                RedeemInvitationRequest.newBuilder()
                                        .setToken(token(mail[1]))
                                        .setPassword(PASSWORD)
                                        .build());

        assertEquals(
                MembershipStatus.MEMBERSHIP_STATUS_ACTIVE, redeemed.getMembership().getStatus());
        assertEquals(membership, redeemed.getMembership().getId());
        assertEquals(creator.getEmail(), redeemed.getLogin());
        assertTrue(redeemed.getLoginCreated());
        assertNotNull(invitationRow(membership).getValue("redeemed_at"));
        assertEquals(List.of(creator.getId()), creatorIds(signIn(creator.getEmail(), PASSWORD)));

        var replayed =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.memberships()
                                        .redeemInvitation(
                                                RedeemInvitationRequest.newBuilder()
                                                        .setToken(token(mail[1]))
                                                        .setPassword("another-password-here")
                                                        .build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, replayed.getStatus().getCode());
        assertTrue(replayed.getStatus().getDescription().contains("already used"));
        // The replay changed nothing: the first password still signs in.
        assertEquals(List.of(creator.getId()), creatorIds(signIn(creator.getEmail(), PASSWORD)));
    }

    @Test
    void aTamperedAnExpiredOrPasswordlessRedemptionChangesNothing() {
        String brand = Fixtures.brandId(api);
        var creator = api.creators().createCreator(creator(brand, "Careful", "DE").build());
        String membership = invited(brand, creator, "spring");
        String token = token(mailTo(creator.getEmail())[1]);
        String[] parts = token.split("\\.");

        assertRefused(
                Status.Code.INVALID_ARGUMENT,
                "not a valid invitation link",
                parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2],
                PASSWORD);
        assertRefused(
                Status.Code.INVALID_ARGUMENT, "not a valid invitation link", "nonsense", PASSWORD);
        assertRefused(Status.Code.INVALID_ARGUMENT, "choose a password", token, "");
        assertRefused(Status.Code.INVALID_ARGUMENT, "10 to 128 characters", token, "short");
        assertTrue(keycloak.realm(realm).users().search(creator.getEmail(), true).isEmpty());

        db.preparedQuery(
                        "update invitation set created_at = created_at - interval '8 days', expires_at = now() - interval '1 second' where membership_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(java.util.UUID.fromString(membership)))
                .await()
                .indefinitely();
        assertRefused(Status.Code.FAILED_PRECONDITION, "expired", token, PASSWORD);

        assertNull(invitationRow(membership).getValue("redeemed_at"));
        assertEquals(
                "INVITED",
                Fixtures.row(db, "select status from membership where id = $1", membership)
                        .getString(0));
        assertTrue(keycloak.realm(realm).users().search(creator.getEmail(), true).isEmpty());

        // The brand invites again: a new link is mailed, and it redeems.
        api.memberships()
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(brand)
                                .setMembershipId(membership)
                                .setMessage("Your link had expired, here is a new one")
                                .build());
        String[] second =
                await("the second invitation mail")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> Mailbox.to(creator.getEmail()), mails -> mails.size() == 2)
                        .stream()
                        .filter(mail -> mail[1].contains("here is a new one"))
                        .findFirst()
                        .orElseThrow();
        redeem(second[1], PASSWORD);
        assertEquals(
                "ACTIVE",
                Fixtures.row(db, "select status from membership where id = $1", membership)
                        .getString(0));
    }

    @Test
    void aPersonInvitedByASecondBrandKeepsTheirLoginAndGainsTheSecondCreatorId() {
        String email = "two.brands." + java.util.UUID.randomUUID() + "@creators.example";
        String first = Fixtures.brandId(api);
        var atFirst =
                api.creators().createCreator(creator(first, "Twice", "DE").setEmail(email).build());
        invited(first, atFirst, "first");
        redeem(mailTo(email)[1], PASSWORD);

        String second = Fixtures.brandId(api);
        var atSecond =
                api.creators()
                        .createCreator(creator(second, "Twice", "DE").setEmail(email).build());
        String membership = invited(second, atSecond, "second");
        await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.to(email).size() == 2);
        var redeemed =
                api.memberships()
                        .redeemInvitation(
                                RedeemInvitationRequest.newBuilder()
                                        .setToken(token(Mailbox.to(email).get(1)[1]))
                                        .build());

        assertFalse(redeemed.getLoginCreated());
        assertEquals(membership, redeemed.getMembership().getId());
        assertEquals(1, keycloak.realm(realm).users().search(email, true).size());
        assertEquals(
                List.of(atFirst.getId(), atSecond.getId()), creatorIds(signIn(email, PASSWORD)));
        // Each creator record points to the one login.
        assertEquals(
                Fixtures.row(
                                db,
                                "select keycloak_user_id from creator where id = $1",
                                atFirst.getId())
                        .getString(0),
                Fixtures.row(
                                db,
                                "select keycloak_user_id from creator where id = $1",
                                atSecond.getId())
                        .getString(0));
    }

    @Test
    void onlyTheGatewaysOwnKindOfCallerMayRedeem() {
        String brand = Fixtures.brandId(api);
        var creator = api.creators().createCreator(creator(brand, "Guarded", "DE").build());
        invited(brand, creator, "guarded");
        String token = token(mailTo(creator.getEmail())[1]);

        for (CallerIdentity caller :
                List.of(CallerIdentity.brand(brand), CallerIdentity.creator(creator.getId()))) {
            var refused =
                    assertThrows(
                            StatusRuntimeException.class,
                            () ->
                                    api.as(caller)
                                            .memberships()
                                            .redeemInvitation(
                                                    RedeemInvitationRequest.newBuilder()
                                                            .setToken(token)
                                                            .setPassword(PASSWORD)
                                                            .build()));
            assertEquals(
                    Status.Code.PERMISSION_DENIED,
                    refused.getStatus().getCode(),
                    caller.toString());
        }
        assertTrue(keycloak.realm(realm).users().search(creator.getEmail(), true).isEmpty());
    }

    private String invited(String brand, Creator creator, String campaignName) {
        String campaign = Fixtures.draft(api, brand, campaignName);
        String membership =
                api.memberships()
                        .shortlist(
                                ShortlistRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setCreatorId(creator.getId())
                                        .build())
                        .getId();
        api.memberships()
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(brand)
                                .setMembershipId(membership)
                                .setMessage("Join us in the snow")
                                .build());
        return membership;
    }

    private void redeem(String body, String password) {
        api.memberships()
                .redeemInvitation(
                        RedeemInvitationRequest.newBuilder()
                                .setToken(token(body))
                                .setPassword(password)
                                .build());
    }

    private void assertRefused(Status.Code code, String why, String token, String password) {
        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.memberships()
                                        .redeemInvitation(
                                                RedeemInvitationRequest.newBuilder()
                                                        .setToken(token)
                                                        .setPassword(password)
                                                        .build()));
        assertEquals(code, refused.getStatus().getCode(), refused.getStatus().toString());
        assertTrue(
                refused.getStatus().getDescription().contains(why),
                refused.getStatus().getDescription());
    }

    private static String[] mailTo(String address) {
        return await("the invitation mail to " + address)
                .atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.to(address), mails -> !mails.isEmpty())
                .get(0);
    }

    private static String token(String body) {
        int at = body.indexOf("?token=") + "?token=".length();
        String raw = body.substring(at).split("\\s")[0];
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private io.vertx.mutiny.sqlclient.Row invitationRow(String membership) {
        return Fixtures.row(db, "select * from invitation where membership_id = $1", membership);
    }

    private JsonObject signIn(String username, String password) {
        return Fixtures.signIn(keycloakUrl, realm, username, password);
    }

    /** The token's creator ids (the realm's mapper is multivalued: a list). */
    private static List<Object> creatorIds(JsonObject claims) {
        Object value = claims.getValue("creator_id");
        return value instanceof JsonArray list ? list.getList() : List.of(value);
    }
}
