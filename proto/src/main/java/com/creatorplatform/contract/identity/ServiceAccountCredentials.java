package com.creatorplatform.contract.identity;

import io.grpc.CallCredentials;
import io.grpc.Status;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * A service account's access token on each call: fetched from Keycloak by client credentials
 * without blocking, kept until shortly before it expires, then fetched again (one fetch at a time).
 * A call for which no token can be had fails UNAVAILABLE before it is sent.
 */
public final class ServiceAccountCredentials extends CallCredentials {

    private static final Logger LOG = Logger.getLogger(ServiceAccountCredentials.class);

    /**
     * A token is replaced this long before it expires, so no call carries one that expires on the
     * way.
     */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String form;
    private final HttpClient http;
    private volatile Token current;
    private CompletableFuture<Token> inFlight;

    private record Token(String value, long renewAtMillis) {}

    public ServiceAccountCredentials(String issuer, String clientId, String clientSecret) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.form =
                "grant_type=client_credentials&client_id="
                        + encode(clientId)
                        + "&client_secret="
                        + encode(clientSecret);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
        Token token = current;
        if (token != null && System.currentTimeMillis() < token.renewAtMillis()) {
            applier.apply(BearerToken.metadata(token.value()));
            return;
        }
        fetch().whenComplete(
                        (fetched, failure) -> {
                            if (failure == null) {
                                applier.apply(BearerToken.metadata(fetched.value()));
                            } else {
                                applier.fail(
                                        Status.UNAVAILABLE
                                                .withDescription(
                                                        "no access token for service account "
                                                                + clientId
                                                                + ": "
                                                                + failure.getMessage())
                                                .withCause(failure));
                            }
                        });
    }

    private synchronized CompletableFuture<Token> fetch() {
        if (inFlight != null) {
            return inFlight;
        }
        var request =
                HttpRequest.newBuilder(tokenEndpoint)
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
        long askedAt = System.currentTimeMillis();
        inFlight =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .thenApply(response -> token(response, askedAt))
                        .whenComplete(
                                (token, failure) -> {
                                    synchronized (this) {
                                        inFlight = null;
                                        if (token != null) {
                                            current = token;
                                        }
                                    }
                                    if (failure != null) {
                                        LOG.warnf(
                                                "could not get an access token for %s from %s: %s",
                                                clientId, tokenEndpoint, failure.getMessage());
                                    }
                                });
        return inFlight;
    }

    private Token token(HttpResponse<String> response, long askedAt) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered HTTP " + response.statusCode());
        }
        try {
            Map<String, Object> body = JsonUtil.parseJson(response.body());
            if (!(body.get("access_token") instanceof String value)
                    || !(body.get("expires_in") instanceof Number lifetime)) {
                throw new IllegalStateException(
                        "Keycloak's answer has no access_token or expires_in");
            }
            long renewAt =
                    askedAt
                            + Math.max(
                                    lifetime.longValue() * 1000 - RENEW_BEFORE_EXPIRY.toMillis(),
                                    0);
            return new Token(value, renewAt);
        } catch (JoseException e) {
            throw new IllegalStateException("Keycloak's answer is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
