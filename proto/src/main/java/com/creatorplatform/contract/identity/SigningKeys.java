package com.creatorplatform.contract.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Key;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * The realm's public signing keys by key id, read from its JWKS document without blocking: fetched
 * on first need and again when a token names a key not yet known (Keycloak rotated its keys), at
 * most once per {@link #MIN_INTERVAL} after a success so that tokens naming invented keys cannot
 * make the service hammer Keycloak.
 */
final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);

    private final URI jwks;
    private final HttpClient http;
    private final LongSupplier nanoTime;
    private volatile Map<String, Key> byId = Map.of();
    private volatile boolean loaded;
    private CompletableFuture<Void> inFlight;
    private long nextFetchNanos;

    SigningKeys(URI jwks, HttpClient http, LongSupplier nanoTime) {
        this.jwks = jwks;
        this.http = http;
        this.nanoTime = nanoTime;
        this.nextFetchNanos = nanoTime.getAsLong();
    }

    Optional<Key> key(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    /**
     * Whether a fetch has ever succeeded (else a missing key means Keycloak could not be asked).
     */
    boolean loaded() {
        return loaded;
    }

    /**
     * Fetches the keys unless a fetch is under way (then joins it) or one succeeded too recently
     * (then completes at once); never fails: a failed fetch is logged and the known keys stay.
     */
    synchronized CompletableFuture<Void> refresh() {
        if (inFlight != null) {
            return inFlight;
        }
        long now = nanoTime.getAsLong();
        if (now - nextFetchNanos < 0) {
            return CompletableFuture.completedFuture(null);
        }
        var request = HttpRequest.newBuilder(jwks).timeout(Duration.ofSeconds(5)).GET().build();
        CompletableFuture<Void> fetch =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .thenAccept(this::read);
        inFlight =
                fetch.handle(
                        (ignored, failure) -> {
                            synchronized (this) {
                                inFlight = null;
                                nextFetchNanos =
                                        nanoTime.getAsLong()
                                                + (failure == null
                                                                ? MIN_INTERVAL
                                                                : RETRY_AFTER_FAILURE)
                                                        .toNanos();
                            }
                            if (failure != null) {
                                LOG.warnf(
                                        "could not read the signing keys from %s: %s",
                                        jwks, failure.getMessage());
                            }
                            return null;
                        });
        return inFlight;
    }

    private void read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        try {
            Map<String, Key> keys = new HashMap<>();
            for (JsonWebKey key : new JsonWebKeySet(response.body()).getJsonWebKeys()) {
                if (key.getKeyId() != null && !"enc".equals(key.getUse())) {
                    keys.put(key.getKeyId(), key.getKey());
                }
            }
            byId = Map.copyOf(keys);
            loaded = true;
            LOG.debugf("read %d signing keys from %s", keys.size(), jwks);
        } catch (JoseException e) {
            throw new IllegalStateException("not a JWKS document: " + e.getMessage(), e);
        }
    }
}
