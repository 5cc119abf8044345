package com.creatorplatform.campaign.identity;

import com.creatorplatform.contract.ApiError;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The Keycloak user operations every kind of login is provisioned with (creators' and brand team
 * members'): a user is named by the person's address; passwords are checked here first, then by the
 * realm's policy. Blocking.
 */
final class KeycloakUsers {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    private KeycloakUsers() {}

    /** The id of the user named by the address, if there is one. */
    static Optional<String> find(RealmResource realm, String username) {
        return realm.users().search(username, true).stream()
                .map(UserRepresentation::getId)
                .findFirst();
    }

    /** A new enabled user with a verified address; empty when it exists already (409). */
    static Optional<String> create(
            RealmResource realm, String email, String name, Map<String, List<String>> attributes) {
        var user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName(name);
        user.setEnabled(true);
        user.setAttributes(attributes);
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                return Optional.empty();
            }
            return Optional.of(CreatedResponseUtil.getCreatedId(response));
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

    static boolean hasPassword(RealmResource realm, String userId) {
        return realm.users().get(userId).credentials().stream()
                .anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()));
    }

    static void setPassword(RealmResource realm, String userId, String password) {
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

    /** The user's attributes as a mutable map of mutable lists. */
    static Map<String, List<String>> attributes(UserRepresentation user) {
        Map<String, List<String>> copy = new HashMap<>();
        if (user.getAttributes() != null) {
            user.getAttributes().forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        }
        return copy;
    }

    static List<String> realmRoles(UserResource user) {
        return user.roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .toList();
    }

    static void grant(RealmResource realm, String userId, String role) {
        realm.users()
                .get(userId)
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get(role).toRepresentation()));
    }

    static void revoke(RealmResource realm, String userId, Collection<String> roles) {
        realm.users()
                .get(userId)
                .roles()
                .realmLevel()
                .remove(roles.stream().map(r -> realm.roles().get(r).toRepresentation()).toList());
    }

    /** The identity provider failed (unreachable, or an error of its own): nothing is done. */
    static StatusRuntimeException unavailable(String what) {
        return Status.UNAVAILABLE
                .withDescription(
                        "the identity provider could not " + what + "; nothing changed, retry")
                .asRuntimeException();
    }
}
