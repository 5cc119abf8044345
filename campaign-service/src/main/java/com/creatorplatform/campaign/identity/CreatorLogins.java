package com.creatorplatform.campaign.identity;

import com.creatorplatform.contract.ApiError;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creators' logins in Keycloak: a user named by the creator's email, with realm role {@code
 * creator} and attribute {@code creator_id} (mapped into tokens). Blocking: call it off the event
 * loop.
 */
@ApplicationScoped
public class CreatorLogins {

    static final String ROLE = "creator";
    static final String CREATOR_ID = "creator_id";
    private static final Logger LOG = Logger.getLogger(CreatorLogins.class);

    private final Keycloak keycloak;
    private final String realm;

    CreatorLogins(Keycloak keycloak, @ConfigProperty(name = "keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * The id of the creator's user, provisioned once however often this runs: the user is looked up
     * by username first (a run that crashed after creating it left it there), and a creation that
     * loses a race (409) looks it up again. Assigning the role again changes nothing.
     */
    public String ensure(UUID creatorId, String email, String name) {
        try {
            RealmResource realmResource = keycloak.realm(realm);
            String userId = find(realmResource, email);
            if (userId == null) {
                userId = create(realmResource, creatorId, email, name);
            }
            claim(realmResource, userId, creatorId, email);
            realmResource
                    .users()
                    .get(userId)
                    .roles()
                    .realmLevel()
                    .add(List.of(realmResource.roles().get(ROLE).toRepresentation()));
            return userId;
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "could not provision the login of creator %s", creatorId);
            throw Status.UNAVAILABLE
                    .withDescription(
                            "the identity provider could not provision the login; nothing changed, retry")
                    .asRuntimeException();
        }
    }

    private static String find(RealmResource realm, String username) {
        return realm.users().search(username, true).stream()
                .map(UserRepresentation::getId)
                .findFirst()
                .orElse(null);
    }

    private static String create(RealmResource realm, UUID creatorId, String email, String name) {
        var user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName(name);
        user.setEnabled(true);
        user.setAttributes(Map.of(CREATOR_ID, List.of(creatorId.toString())));
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                return find(realm, email);
            }
            String id = CreatedResponseUtil.getCreatedId(response);
            LOG.infof("created the login %s of creator %s", id, creatorId);
            return id;
        }
    }

    /**
     * The user must carry this creator's id: one found without one gets it; one of another creator
     * is refused.
     */
    private static void claim(RealmResource realm, String userId, UUID creatorId, String email) {
        var user = realm.users().get(userId).toRepresentation();
        String owner = user.firstAttribute(CREATOR_ID);
        if (owner == null) {
            user.singleAttribute(CREATOR_ID, creatorId.toString());
            realm.users().get(userId).update(user);
        } else if (!owner.equals(creatorId.toString())) {
            throw ApiError.failedPrecondition(
                    "the login " + email + " already belongs to another creator");
        }
    }
}
