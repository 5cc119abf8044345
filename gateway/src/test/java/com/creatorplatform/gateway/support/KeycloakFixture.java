package com.creatorplatform.gateway.support;

import static io.restassured.RestAssured.given;

import com.creatorplatform.contract.testing.ServiceProcess;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real Keycloak users and tokens for tests: users are provisioned through the admin REST API with
 * the platform's provisioning service account, then sign in with the password grant.
 */
public final class KeycloakFixture {

    public static final String BASE_URL = ServiceProcess.env("KEYCLOAK_URL", "http://127.0.0.1:18081");
    public static final String REALM_URL = BASE_URL + "/realms/creator-platform";
    private static final String ADMIN_URL = BASE_URL + "/admin/realms/creator-platform";

    private KeycloakFixture() {
    }

    /** A new user with one realm role and the given claims (brand_id / creator_id); returns its access token. */
    public static String newUserToken(String role, Map<String, String> claims) {
        String username = role + "-" + UUID.randomUUID() + "@test.example";
        String password = "pw-" + UUID.randomUUID();
        String admin = serviceToken("platform-provisioner", "platform-provisioner-secret");
        var attributes = claims.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "email", username, "firstName", "Test", "lastName", role,
                        "enabled", true, "emailVerified", true, "attributes", attributes,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(ADMIN_URL + "/users")
                .then().statusCode(201).extract().header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);
        var roleRepresentation = given().auth().oauth2(admin).get(ADMIN_URL + "/roles/" + role)
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(roleRepresentation))
                .post(ADMIN_URL + "/users/" + userId + "/role-mappings/realm")
                .then().statusCode(204);
        return passwordToken(username, password);
    }

    /**
     * Sets a password for an existing user (as the creator would through the set-password link the
     * platform will mail once mail is configured) and signs in with it; returns the access token.
     */
    public static String signInWithNewPassword(String username) {
        String password = "pw-" + UUID.randomUUID();
        String admin = serviceToken("platform-provisioner", "platform-provisioner-secret");
        List<Map<String, Object>> users = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(ADMIN_URL + "/users").then().statusCode(200).extract().jsonPath().getList("$");
        if (users.size() != 1) {
            throw new AssertionError("expected one Keycloak user named " + username + ", found " + users.size());
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(ADMIN_URL + "/users/" + users.get(0).get("id") + "/reset-password")
                .then().statusCode(204);
        return passwordToken(username, password);
    }

    public static String passwordToken(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "platform-web")
                .formParam("username", username).formParam("password", password)
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String serviceToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
