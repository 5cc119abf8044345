package com.creatorplatform.campaign.identity;

import com.creatorplatform.contract.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Creators' logins in Keycloak: a user named by the person's email, with realm role {@code creator}
 * and attribute {@code creator_id} holding the person's creator record of each brand (mapped into
 * tokens as a list). Blocking: call it off the event loop.
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
            String userId = KeycloakUsers.find(realmResource, email).orElse(null);
            boolean created = userId == null;
            boolean withoutPassword = created || !KeycloakUsers.hasPassword(realmResource, userId);
            if (withoutPassword && passwordRequired && password.isEmpty()) {
                throw ApiError.invalidArgument("choose a password: " + email + " has no login yet");
            }
            if (withoutPassword) {
                password.ifPresent(KeycloakUsers::requireAcceptable);
            }
            if (created) {
                userId = create(realmResource, creatorId, email, name);
            }
            if (withoutPassword && password.isPresent()) {
                KeycloakUsers.setPassword(realmResource, userId, password.get());
            }
            claim(realmResource, userId, creatorId);
            KeycloakUsers.grant(realmResource, userId, ROLE);
            return new Login(userId, created);
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "could not provision the login of creator %s", creatorId);
            throw KeycloakUsers.unavailable("provision the login");
        }
    }

    private static String create(RealmResource realm, UUID creatorId, String email, String name) {
        String id =
                KeycloakUsers.create(
                                realm,
                                email,
                                name,
                                Map.of(CREATOR_ID, List.of(creatorId.toString())))
                        .orElseGet(() -> KeycloakUsers.find(realm, email).orElseThrow());
        LOG.infof("provided the login %s of creator %s", id, creatorId);
        return id;
    }

    /** The user carries the ids of every creator record of its person (one per brand). */
    private static void claim(RealmResource realm, String userId, UUID creatorId) {
        var user = realm.users().get(userId).toRepresentation();
        Map<String, List<String>> attributes = KeycloakUsers.attributes(user);
        List<String> creators = attributes.computeIfAbsent(CREATOR_ID, name -> new ArrayList<>());
        if (!creators.contains(creatorId.toString())) {
            creators.add(creatorId.toString());
            user.setAttributes(attributes);
            realm.users().get(userId).update(user);
        }
    }
}
