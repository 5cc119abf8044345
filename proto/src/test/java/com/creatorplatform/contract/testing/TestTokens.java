package com.creatorplatform.contract.testing;

import com.creatorplatform.contract.identity.CallerClaims;
import com.creatorplatform.contract.identity.CallerIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Real Keycloak access tokens for the callers tests speak as, from the test Keycloak that
 * ./platform test started: a brand admin or viewer and a creator are users with the role and claim
 * (signing in through the platform's web client), a service is a confidential client with a service
 * account in the role {@code service} (with a hard-coded {@code brand_id} when it is bound to a
 * brand). Made through the admin API on first use and kept for the JVM (users have names of their
 * own: several test JVMs share one Keycloak); a token is renewed, by signing in again, a minute
 * before it expires.
 */
public final class TestTokens {

    public static final String KEYCLOAK_URL =
            ServiceProcess.env("KEYCLOAK_URL", "http://127.0.0.1:18081");
    public static final String REALM = "creator-platform";
    public static final String ISSUER = KEYCLOAK_URL + "/realms/" + REALM;
    public static final String AUDIENCE = "creator-platform";
    private static final String ADMIN = KEYCLOAK_URL + "/admin/realms/" + REALM;
    private static final String SECRET = "test-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<CallerIdentity, Token> TOKENS = new HashMap<>();

    /** The user each brand or creator identity signs in as, made once. */
    private static final Map<CallerIdentity, Login> LOGINS = new HashMap<>();

    private static Token admin;

    private record Token(String value, long renewAtMillis) {}

    /** A user's sign-in. */
    public record Login(String username, String password) {}

    private TestTokens() {}

    /** An access token that names the caller. */
    public static synchronized String of(CallerIdentity caller) {
        Token token = TOKENS.get(caller);
        if (token == null || System.currentTimeMillis() >= token.renewAtMillis()) {
            token =
                    switch (caller.kind()) {
                        case SERVICE -> clientToken(serviceClient(caller), SECRET);
                        case BRAND, CREATOR ->
                                signIn(LOGINS.computeIfAbsent(caller, TestTokens::newUser));
                    };
            TOKENS.put(caller, token);
        }
        return token.value();
    }

    /**
     * A new user with one realm role and these claims (brand_id / creator_id), signed in: its
     * access token.
     */
    public static synchronized String newUserToken(String role, Map<String, String> claims) {
        return signIn(newUser(role, claims)).value();
    }

    /**
     * Sets a new password for an existing user (as a creator does once their login is provisioned)
     * and signs in with it: the access token.
     */
    public static String signInWithNewPassword(String username) {
        List<Object> users =
                parseList(
                        admin(
                                "GET",
                                "/users?exact=true&username="
                                        + URLEncoder.encode(username, StandardCharsets.UTF_8),
                                null));
        if (users.size() != 1) {
            throw new IllegalStateException(
                    "expected one Keycloak user named " + username + ", found " + users.size());
        }
        String password = "pw-" + UUID.randomUUID();
        admin(
                "PUT",
                "/users/" + ((Map<?, ?>) users.get(0)).get("id") + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}");
        return signIn(new Login(username, password)).value();
    }

    /**
     * A token of a confidential client (client credentials), e.g. a realm client the project ships.
     */
    public static String shippedClientToken(String clientId, String secret) {
        return clientToken(clientId, secret).value();
    }

    /** A realm admin's token (the test Keycloak's bootstrap admin), for the admin API. */
    public static synchronized String adminToken() {
        if (admin == null || System.currentTimeMillis() >= admin.renewAtMillis()) {
            admin =
                    token(
                            KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token",
                            Map.of(
                                    "grant_type",
                                    "password",
                                    "client_id",
                                    "admin-cli",
                                    "username",
                                    "admin",
                                    "password",
                                    "admin"));
        }
        return admin.value();
    }

    /**
     * Sends an admin API request; answers the response's Location header (for a creation) or body.
     */
    public static String admin(String method, String path, String json) {
        HttpResponse<String> response = checked(method + " " + path, adminCall(method, path, json));
        return response.headers().firstValue("Location").orElse(response.body());
    }

    private static HttpResponse<String> adminCall(String method, String path, String json) {
        return send(
                HttpRequest.newBuilder(URI.create(ADMIN + path))
                        .header("Authorization", "Bearer " + adminToken())
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    private static HttpResponse<String> checked(String what, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static Token clientToken(String clientId, String secret) {
        return token(
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        clientId,
                        "client_secret",
                        secret));
    }

    /**
     * A token of a new platform service account whose tokens live one second (with the test
     * profile's clock skew of zero, it is refused as expired a second later).
     */
    public static String shortLivedServiceToken(String clientId) {
        return clientToken(
                        serviceClient(
                                CallerIdentity.service(clientId),
                                ",\"attributes\":{\"access.token.lifespan\":\"1\"}"),
                        SECRET)
                .value();
    }

    private static String serviceClient(CallerIdentity caller) {
        return serviceClient(caller, "");
    }

    /**
     * The client named by the caller, made once for the whole test run (every test JVM shares the
     * Keycloak).
     */
    private static String serviceClient(CallerIdentity caller, String moreSettings) {
        String clientId = caller.id();
        String mappers = caller.boundBrand().map(brand -> "," + hardcodedBrand(brand)).orElse("");
        HttpResponse<String> created =
                adminCall(
                        "POST",
                        "/clients",
                        "{\"clientId\":\""
                                + clientId
                                + "\",\"enabled\":true,"
                                + "\"publicClient\":false,\"secret\":\""
                                + SECRET
                                + "\",\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,"
                                + "\"directAccessGrantsEnabled\":false,\"protocolMappers\":["
                                + audienceMapper()
                                + mappers
                                + "]"
                                + moreSettings
                                + "}");
        if (created.statusCode() == 409) {
            return clientId; // another test JVM made it, with the same settings
        }
        String location =
                checked("POST /clients", created).headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String accountUser =
                field(admin("GET", "/clients/" + id + "/service-account-user", null), "id");
        grantRealmRole(accountUser, CallerClaims.SERVICE);
        return clientId;
    }

    private static Login newUser(CallerIdentity caller) {
        return caller.kind() == CallerIdentity.Kind.CREATOR
                ? newUser(
                        CallerClaims.CREATOR,
                        // several values: the JSON list of the attribute
                        Map.of("creator_id", String.join("\",\"", caller.creators())))
                : newUser(
                        caller.readOnly() ? CallerClaims.BRAND_VIEWER : CallerClaims.BRAND_ADMIN,
                        Map.of("brand_id", caller.id()));
    }

    private static Login newUser(String role, Map<String, String> claims) {
        var login =
                new Login(
                        role + "-" + UUID.randomUUID() + "@test.example",
                        "pw-" + UUID.randomUUID());
        String attributes =
                claims.entrySet().stream()
                        .map(claim -> "\"" + claim.getKey() + "\":[\"" + claim.getValue() + "\"]")
                        .collect(Collectors.joining(","));
        String location =
                admin(
                        "POST",
                        "/users",
                        "{\"username\":\""
                                + login.username()
                                + "\",\"email\":\""
                                + login.username()
                                + "\","
                                + "\"firstName\":\"Test\",\"lastName\":\""
                                + role
                                + "\",\"enabled\":true,\"emailVerified\":true,"
                                + "\"attributes\":{"
                                + attributes
                                + "},"
                                + "\"credentials\":[{\"type\":\"password\",\"value\":\""
                                + login.password()
                                + "\",\"temporary\":false}]}");
        grantRealmRole(location.substring(location.lastIndexOf('/') + 1), role);
        return login;
    }

    /** A new user of the realm with the role and user attributes (claims), not yet signed in. */
    public static Login newLogin(String role, Map<String, String> claims) {
        return newUser(role, claims);
    }

    /**
     * Signs in with the password grant of the platform's web client; an IllegalStateException when
     * refused.
     */
    public static String signInAs(Login login) {
        return signIn(login).value();
    }

    private static Token signIn(Login login) {
        return token(
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "platform-web",
                        "username",
                        login.username(),
                        "password",
                        login.password()));
    }

    private static void grantRealmRole(String userId, String role) {
        String representation = admin("GET", "/roles/" + role, null);
        admin("POST", "/users/" + userId + "/role-mappings/realm", "[" + representation + "]");
    }

    private static String audienceMapper() {
        return "{\"name\":\"audience\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-audience-mapper\","
                + "\"config\":{\"included.custom.audience\":\""
                + AUDIENCE
                + "\",\"access.token.claim\":\"true\"}}";
    }

    private static String hardcodedBrand(String brand) {
        return "{\"name\":\"brand_id\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-hardcoded-claim-mapper\","
                + "\"config\":{\"claim.name\":\"brand_id\",\"claim.value\":\""
                + brand
                + "\",\"jsonType.label\":\"String\","
                + "\"access.token.claim\":\"true\"}}";
    }

    private static Token token(Map<String, String> form) {
        return token(ISSUER + "/protocol/openid-connect/token", form);
    }

    private static Token token(String endpoint, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        long askedAt = System.currentTimeMillis();
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(URI.create(endpoint))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "no token from "
                            + endpoint
                            + " for "
                            + form.get("client_id")
                            + ": "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        long lifetime = ((Number) parse(response.body()).get("expires_in")).longValue();
        return new Token(
                field(response.body(), "access_token"),
                askedAt + lifetime * 1000 - Math.min(60_000, lifetime * 500));
    }

    private static String field(String json, String name) {
        return (String) parse(json).get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> parseList(String json) {
        return (List<Object>) parse("{\"list\":" + json + "}").get("list");
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JsonUtil.parseJson(json);
        } catch (JoseException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Keycloak at " + KEYCLOAK_URL + " did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
