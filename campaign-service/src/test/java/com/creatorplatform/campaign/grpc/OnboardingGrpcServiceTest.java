package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.campaign.grpc.Fixtures.creator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.MembershipStatus;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Accepting an invitation provisions the creator's login in the real Keycloak, once. */
@QuarkusTest
class OnboardingGrpcServiceTest {

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Inject Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.server-url")
    String keycloakUrl;

    @ConfigProperty(name = "keycloak.realm")
    String realm;

    @Test
    void acceptingTwiceProvisionsOneLoginThatSignsInWithTheCreatorsId() {
        String brand = Fixtures.brandId(api);
        var creator = api.creators().createCreator(creator(brand, "Onboarded", "DE").build());
        String membership = invited(brand, creator);

        var accepted = api.memberships().acceptInvitation(respond(creator, membership));
        api.memberships().acceptInvitation(respond(creator, membership));

        assertEquals(MembershipStatus.MEMBERSHIP_STATUS_ACTIVE, accepted.getStatus());
        List<UserRepresentation> users =
                keycloak.realm(realm).users().search(creator.getEmail(), true);
        assertEquals(1, users.size());
        assertEquals(
                users.get(0).getId(),
                Fixtures.row(
                                db,
                                "select keycloak_user_id from creator where id = $1",
                                creator.getId())
                        .getString(0));

        var token = signIn(users.get(0).getId(), creator.getEmail());
        // The realm's mapper is multivalued: a creator of several brands has one id per brand.
        assertEquals(List.of(creator.getId()), token.getJsonArray("creator_id").getList());
        assertTrue(token.getJsonObject("realm_access").getJsonArray("roles").contains("creator"));
    }

    @Test
    void aRetryAfterACrashThatLeftTheUserBehindReusesIt() {
        String brand = Fixtures.brandId(api);
        var creator = api.creators().createCreator(creator(brand, "Crashed", "DE").build());
        String membership = invited(brand, creator);
        var leftBehind = new UserRepresentation();
        leftBehind.setUsername(creator.getEmail());
        leftBehind.setEmail(creator.getEmail());
        leftBehind.setEnabled(true);
        leftBehind.setAttributes(Map.of("creator_id", List.of(creator.getId())));
        keycloak.realm(realm).users().create(leftBehind).close();

        api.memberships().acceptInvitation(respond(creator, membership));

        List<UserRepresentation> users =
                keycloak.realm(realm).users().search(creator.getEmail(), true);
        assertEquals(1, users.size());
        assertEquals(
                users.get(0).getId(),
                Fixtures.row(
                                db,
                                "select keycloak_user_id from creator where id = $1",
                                creator.getId())
                        .getString(0));
        assertTrue(
                keycloak
                        .realm(realm)
                        .users()
                        .get(users.get(0).getId())
                        .roles()
                        .realmLevel()
                        .listEffective()
                        .stream()
                        .anyMatch(role -> role.getName().equals("creator")));
    }

    private String invited(String brand, Creator creator) {
        String campaign = Fixtures.draft(api, brand, "Onboarding");
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
                                .setMessage("Join us")
                                .build());
        return membership;
    }

    private static RespondToInvitationRequest respond(Creator creator, String membership) {
        return RespondToInvitationRequest.newBuilder()
                .setCreatorId(creator.getId())
                .setMembershipId(membership)
                .build();
    }

    /**
     * Sets a password as the creator would through the set-password link, signs in, and returns the
     * token's claims.
     */
    private JsonObject signIn(String userId, String username) {
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("creator-password-1");
        password.setTemporary(false);
        keycloak.realm(realm).users().get(userId).resetPassword(password);

        return Fixtures.signIn(keycloakUrl, realm, username, "creator-password-1");
    }
}
