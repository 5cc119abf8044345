package com.creatorplatform.campaign.identity;

import com.creatorplatform.contract.ApiError;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creators' logins in Keycloak: a user named by the person's email, with realm role {@code creator}
 * and attribute {@code creator_id} holding the person's creator record of each brand (mapped into
 * tokens as a list). Blocking: call it off the event loop.
 */
@ApplicationScoped
public class CreatorLogins {

    static final String ROLE = "creator";
    static final String CREATOR_ID = "creator_id";
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    private static final Logger LOG = Logger.getLogger(CreatorLogins.class);

    private final Keycloak keycloak;
    private final String realm;

    CreatorLogins(Keycloak keycloak, @ConfigProperty(name = "keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** A creator's Keycloak user, and whether this call made it. */
    public record Login(String userId, boolean created) {}

    /**
     * The id of the creator's user, provisioned once however often this runs: the user is looked up
     * by username first (a run that crashed after creating it left it there), and a creation that
     * loses a race (409) looks it up again. Assigning the role again changes nothing.
     */
    public String ensure(UUID creatorId, String email, String name) {
        return provide(creatorId, email, name, Optional.empty(), false).userId();
    }

    /**
     * As {@link #ensure}, for a person redeeming an invitation: one person keeps one login across
     * brands, so a user found by the email gains this creator's id beside the others it has. A user
     * without a password (new, or left so by a crash) gets the one given, which is then required
     * (INVALID_ARGUMENT before anything is made); an existing password is never changed.
     */
    public Login provideForPerson(
            UUID creatorId, String email, String name, Optional<String> password) {
        return provide(creatorId, email, name, password, true);
    }

    private Login provide(
            UUID creatorId,
            String email,
            String name,
            Optional<String> password,
            boolean passwordRequired) {
        try {
            RealmResource realmResource = keycloak.realm(realm);
            String userId = find(realmResource, email);
            boolean created = userId == null;
            boolean withoutPassword = created || !hasPassword(realmResource, userId);
            if (withoutPassword && passwordRequired && password.isEmpty()) {
                throw ApiError.invalidArgument("choose a password: " + email + " has no login yet");
            }
            if (withoutPassword) {
                password.ifPresent(CreatorLogins::requireAcceptable);
            }
            if (created) {
                userId = create(realmResource, creatorId, email, name);
            }
            if (withoutPassword && password.isPresent()) {
                setPassword(realmResource, userId, password.get());
            }
            claim(realmResource, userId, creatorId);
            realmResource
                    .users()
                    .get(userId)
                    .roles()
                    .realmLevel()
                    .add(List.of(realmResource.roles().get(ROLE).toRepresentation()));
            return new Login(userId, created);
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "could not provision the login of creator %s", creatorId);
            throw Status.UNAVAILABLE
                    .withDescription(
                            "the identity provider could not provision the login; nothing changed, retry")
                    .asRuntimeException();
        }
    }

    static void requireAcceptable(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ApiError.invalidArgument(
                    "a password needs "
                            + MIN_PASSWORD
                            + " to "
                            + MAX_PASSWORD
                            + " characters, got "
                            + password.length());
        }
    }

    private static boolean hasPassword(RealmResource realm, String userId) {
        return realm.users().get(userId).credentials().stream()
                .anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()));
    }

    private static void setPassword(RealmResource realm, String userId, String password) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        try {
            realm.users().get(userId).resetPassword(credential);
        } catch (BadRequestException refused) {
            // The realm's password policy: Keycloak says which rule in its error description.
            throw ApiError.invalidArgument(
                    "the identity provider refused the password: "
                            + refused.getResponse().readEntity(String.class));
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

    /** The user carries the ids of every creator record of its person (one per brand). */
    private static void claim(RealmResource realm, String userId, UUID creatorId) {
        var user = realm.users().get(userId).toRepresentation();
        Map<String, List<String>> attributes =
                user.getAttributes() == null
                        ? new HashMap<>()
                        : new HashMap<>(user.getAttributes());
        List<String> creators = new ArrayList<>(attributes.getOrDefault(CREATOR_ID, List.of()));
        if (!creators.contains(creatorId.toString())) {
            creators.add(creatorId.toString());
            attributes.put(CREATOR_ID, creators);
            user.setAttributes(attributes);
            realm.users().get(userId).update(user);
        }
    }
}
