package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creators' access tokens from the test Keycloak that live a few seconds, for tests of what happens
 * when a token expires. The realm's own client (platform-web) gives 15 minutes and is shared by
 * every test run, so they come from a test client of their own whose tokens live {@value #SECONDS}
 * seconds and name platform-web as their authorized party (a hard-coded azp claim, which only a
 * realm admin can set up), with the platform's audience and the creator_id claim: the gateway
 * verifies them exactly as the app's.
 */
public final class ShortLivedTokens {

    /** Long enough for a socket to be opened, acknowledged and answered on a loaded CI machine. */
    public static final int SECONDS = 15;

    /**
     * Named by the lifetime, so a Keycloak reused from a run with another lifetime gets its own.
     */
    private static final String CLIENT = "platform-web-tests-tokens-of-" + SECONDS + "s";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static boolean made;

    private ShortLivedTokens() {}

    /** A new creator's token, living {@value #SECONDS} seconds. */
    public static synchronized String creator(String creatorId) {
        if (!made) {
            makeClient();
            made = true;
        }
        var login = TestTokens.newLogin("creator", Map.of("creator_id", creatorId));
        String form =
                "grant_type=password&client_id="
                        + CLIENT
                        + "&username="
                        + URLEncoder.encode(login.username(), StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(login.password(), StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer =
                    HTTP.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    TestTokens.ISSUER
                                                            + "/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException(
                        "no short-lived token: " + answer.statusCode() + " " + answer.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test client, made once for every test run on this Keycloak (a 409 means it exists). */
    private static void makeClient() {
        try {
            TestTokens.admin(
                    "POST",
                    "/clients",
                    "{\"clientId\":\""
                            + CLIENT
                            + "\",\"enabled\":true,\"publicClient\":true,"
                            + "\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":true,"
                            + "\"attributes\":{\"access.token.lifespan\":\""
                            + SECONDS
                            + "\"},\"protocolMappers\":["
                            + mapper(
                                    "audience",
                                    "oidc-audience-mapper",
                                    "\"included.custom.audience\":\"" + TestTokens.AUDIENCE + "\"")
                            + ","
                            + mapper(
                                    "azp",
                                    "oidc-hardcoded-claim-mapper",
                                    "\"claim.name\":\"azp\",\"claim.value\":\"platform-web\","
                                            + "\"jsonType.label\":\"String\"")
                            + ","
                            + mapper(
                                    "creator_id",
                                    "oidc-usermodel-attribute-mapper",
                                    "\"user.attribute\":\"creator_id\",\"claim.name\":\"creator_id\","
                                            + "\"jsonType.label\":\"String\"")
                            + "]}");
        } catch (IllegalStateException made) {
            if (!String.valueOf(made.getMessage()).contains(" 409")) {
                throw made;
            }
        }
    }

    private static String mapper(String name, String kind, String config) {
        return "{\"name\":\""
                + name
                + "\",\"protocol\":\"openid-connect\",\"protocolMapper\":\""
                + kind
                + "\",\"config\":{"
                + config
                + ",\"access.token.claim\":\"true\"}}";
    }
}
