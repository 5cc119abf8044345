package com.creatorplatform.campaign.identity;

import static com.creatorplatform.contract.identity.CallerClaims.BRAND_ADMIN;
import static com.creatorplatform.contract.identity.CallerClaims.BRAND_VIEWER;
import static com.creatorplatform.contract.identity.CallerClaims.CREATOR;

import com.creatorplatform.campaign.domain.TeamRole;
import com.creatorplatform.contract.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Brand team members' logins in Keycloak: a user named by the person's address, with attribute
 * {@code brand_id} (mapped into tokens) and realm role {@code brand_admin} or {@code brand_viewer}.
 * One login works for one brand and is never also a creator's (a token names one kind of caller).
 * Blocking: call it off the event loop.
 */
@ApplicationScoped
public class BrandLogins {

    static final String BRAND_ID = "brand_id";
    private static final Logger LOG = Logger.getLogger(BrandLogins.class);

    private final Keycloak keycloak;
    private final String realm;

    BrandLogins(Keycloak keycloak, @ConfigProperty(name = "keycloak.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** A member's Keycloak user, and whether this call made it. */
    public record Login(String userId, boolean created) {}

    /**
     * A signing-up brand's first admin: a new user, or ALREADY_EXISTS when the address has any
     * login (nothing is made then).
     */
    public String createFounder(UUID brandId, String email, String name, String password) {
        return call(
                "make the login",
                () -> {
                    KeycloakUsers.requireAcceptable(password);
                    RealmResource realm = realm();
                    if (KeycloakUsers.find(realm, email).isPresent()) {
                        throw alreadyALogin(email);
                    }
                    String userId =
                            KeycloakUsers.create(realm, email, name, brandAttribute(brandId))
                                    .orElseThrow(() -> alreadyALogin(email));
                    KeycloakUsers.setPassword(realm, userId, password);
                    KeycloakUsers.grant(realm, userId, role(TeamRole.ADMIN));
                    LOG.infof("made the login %s of brand %s's first admin", userId, brandId);
                    return userId;
                });
    }

    /**
     * The login of a brand's founder whose sign-up stopped before it was recorded: the address's
     * user when it carries this brand's id, else empty.
     */
    public Optional<String> founderLogin(UUID brandId, String email) {
        return call(
                "look up the login",
                () -> {
                    RealmResource realm = realm();
                    return KeycloakUsers.find(realm, email)
                            .filter(
                                    userId ->
                                            KeycloakUsers.attributes(
                                                            realm.users()
                                                                    .get(userId)
                                                                    .toRepresentation())
                                                    .getOrDefault(BRAND_ID, List.of())
                                                    .contains(brandId.toString()));
                });
    }

    /** Refuses an address whose login is another brand's or a creator's, before it is invited. */
    public void requireFreeFor(UUID brandId, String email) {
        call(
                "check the address",
                () -> {
                    RealmResource realm = realm();
                    KeycloakUsers.find(realm, email)
                            .ifPresent(userId -> requireFree(realm, userId, brandId, email));
                    return null;
                });
    }

    /**
     * An invited member's login: made with the password, or (the person had a login without a
     * brand, e.g. once removed from a team) kept with the password it has; either way it gains the
     * brand and the role. A user without a password needs one (INVALID_ARGUMENT before anything is
     * made).
     */
    public Login provideForMember(
            UUID brandId, TeamRole role, String email, String name, Optional<String> password) {
        return call(
                "provision the login",
                () -> {
                    RealmResource realm = realm();
                    String userId = KeycloakUsers.find(realm, email).orElse(null);
                    boolean created = userId == null;
                    if (!created) {
                        requireFree(realm, userId, brandId, email);
                    }
                    boolean withoutPassword = created || !KeycloakUsers.hasPassword(realm, userId);
                    if (withoutPassword && password.isEmpty()) {
                        throw ApiError.invalidArgument(
                                "choose a password: " + email + " has no login yet");
                    }
                    if (withoutPassword) {
                        KeycloakUsers.requireAcceptable(password.get());
                    }
                    if (created) {
                        userId =
                                KeycloakUsers.create(realm, email, name, brandAttribute(brandId))
                                        .orElseGet(
                                                () ->
                                                        KeycloakUsers.find(realm, email)
                                                                .orElseThrow());
                    } else {
                        setBrand(realm, userId, Optional.of(brandId));
                    }
                    if (withoutPassword) {
                        KeycloakUsers.setPassword(realm, userId, password.get());
                    }
                    KeycloakUsers.grant(realm, userId, role(role));
                    LOG.infof("login %s joined brand %s as %s", userId, brandId, role);
                    return new Login(userId, created);
                });
    }

    /** The login's role becomes this one (from its next token). */
    public void changeRole(String userId, TeamRole role) {
        call(
                "change the role",
                () -> {
                    RealmResource realm = realm();
                    KeycloakUsers.grant(realm, userId, role(role));
                    KeycloakUsers.revoke(
                            realm,
                            userId,
                            List.of(
                                    role(
                                            role == TeamRole.ADMIN
                                                    ? TeamRole.VIEWER
                                                    : TeamRole.ADMIN)));
                    return null;
                });
    }

    /**
     * The login loses the brand: its attribute and roles go and its sessions end, so no new token
     * names the brand (one issued before lasts until it expires).
     */
    public void leaveBrand(String userId) {
        call(
                "take the brand from the login",
                () -> {
                    RealmResource realm = realm();
                    setBrand(realm, userId, Optional.empty());
                    KeycloakUsers.revoke(realm, userId, List.of(BRAND_ADMIN, BRAND_VIEWER));
                    realm.users().get(userId).logout();
                    return null;
                });
    }

    /** Refuses a password before anything is stored for it (Keycloak's policy is asked later). */
    public static void requireAcceptablePassword(String password) {
        KeycloakUsers.requireAcceptable(password == null ? "" : password);
    }

    static String role(TeamRole role) {
        return role == TeamRole.ADMIN ? BRAND_ADMIN : BRAND_VIEWER;
    }

    private void requireFree(RealmResource realm, String userId, UUID brandId, String email) {
        var user = realm.users().get(userId);
        List<String> brands =
                KeycloakUsers.attributes(user.toRepresentation()).getOrDefault(BRAND_ID, List.of());
        if (brands.contains(brandId.toString())) {
            throw ApiError.alreadyExists(email + " is already on this brand's team");
        }
        if (!brands.isEmpty()) {
            throw ApiError.failedPrecondition(
                    email + " belongs to another brand's team; a login works for one brand");
        }
        if (KeycloakUsers.realmRoles(user).contains(CREATOR)) {
            throw ApiError.failedPrecondition(
                    email + " is a creator's login; invite a team member by another address");
        }
    }

    private static void setBrand(RealmResource realm, String userId, Optional<UUID> brandId) {
        var resource = realm.users().get(userId);
        var user = resource.toRepresentation();
        var attributes = KeycloakUsers.attributes(user);
        brandId.ifPresentOrElse(
                id -> attributes.put(BRAND_ID, new ArrayList<>(List.of(id.toString()))),
                () -> attributes.remove(BRAND_ID));
        user.setAttributes(attributes);
        resource.update(user);
    }

    private static Map<String, List<String>> brandAttribute(UUID brandId) {
        return Map.of(BRAND_ID, List.of(brandId.toString()));
    }

    private static ApiError alreadyALogin(String email) {
        return ApiError.alreadyExists(
                email + " already has a login: sign in, or sign up with another address");
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "the identity provider could not %s", what);
            throw KeycloakUsers.unavailable(what);
        }
    }
}
