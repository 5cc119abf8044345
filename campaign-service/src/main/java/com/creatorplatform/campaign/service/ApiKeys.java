package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.ApiKey;
import com.creatorplatform.campaign.domain.ApiKeyScope;
import com.creatorplatform.campaign.domain.ApiKeyUse;
import com.creatorplatform.campaign.identity.KeyClients;
import com.creatorplatform.campaign.repository.ApiKeyRepository;
import com.creatorplatform.campaign.repository.ApiKeyUseRepository;
import com.creatorplatform.campaign.repository.BrandRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use cases of a brand's API keys (ADR 0054). The row is stored first (the brand locked while the
 * limit is checked) and the Keycloak client made after; Keycloak takes no part in the transaction,
 * so a failure there deletes the row again and nothing is left. Revoking deletes the client first
 * (no new token), then marks the row.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final ApiKeyUseRepository uses;
    private final BrandRepository brands;
    private final KeyClients clients;
    private final Clock clock;

    ApiKeys(
            ApiKeyRepository keys,
            ApiKeyUseRepository uses,
            BrandRepository brands,
            KeyClients clients,
            Clock clock) {
        this.keys = keys;
        this.uses = uses;
        this.brands = brands;
        this.clients = clients;
        this.clock = clock;
    }

    /** A new key and its secret, shown once. */
    public record Created(ApiKey key, String secret) {}

    public Uni<Created> create(UUID brandId, String name, List<String> scopeNames) {
        var scopes = ApiKeyScope.parse(scopeNames);
        var key = ApiKey.plan(brandId, name, scopes, clock.instant());
        String secret = newSecret();
        key.secretIs(secret);
        return Panache.withTransaction(() -> store(key))
                .chain(
                        () ->
                                VertxContextSupport.executeBlocking(
                                                () -> {
                                                    clients.create(key, scopes, secret);
                                                    return key;
                                                })
                                        .onFailure()
                                        .call(
                                                failure ->
                                                        Panache.withTransaction(
                                                                () -> keys.deleteById(key.id))))
                .map(made -> new Created(made, secret))
                .invoke(
                        made ->
                                LOG.infof(
                                        "brand %s made API key %s (%s) with scopes %s",
                                        brandId, key.id, key.name, String.join(", ", key.scopes)));
    }

    private Uni<ApiKey> store(ApiKey key) {
        return brands.findById(key.brandId, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("brand " + key.brandId + " does not exist"))
                .flatMap(brand -> keys.countActive(key.brandId))
                .flatMap(
                        active -> {
                            if (active >= ApiKey.MAX_ACTIVE_PER_BRAND) {
                                throw ApiError.failedPrecondition(
                                        "the brand has "
                                                + ApiKey.MAX_ACTIVE_PER_BRAND
                                                + " active API keys already, the most it may have:"
                                                + " revoke one first");
                            }
                            return keys.persist(key);
                        });
    }

    @WithSession
    public Uni<List<ApiKey>> ofBrand(UUID brandId) {
        return keys.ofBrand(brandId);
    }

    @WithSession
    public Uni<ApiKey> get(UUID brandId, UUID keyId) {
        return existing(brandId, keyId);
    }

    public Uni<ApiKey> revoke(UUID brandId, UUID keyId) {
        return Panache.withSession(() -> existing(brandId, keyId))
                .chain(
                        key ->
                                !key.active()
                                        ? Uni.createFrom().item(key)
                                        : VertxContextSupport.executeBlocking(
                                                        () -> {
                                                            clients.delete(key);
                                                            return key;
                                                        })
                                                .chain(() -> markRevoked(brandId, keyId)));
    }

    private Uni<ApiKey> markRevoked(UUID brandId, UUID keyId) {
        Instant now = clock.instant();
        return Panache.withTransaction(
                        () ->
                                existing(brandId, keyId)
                                        .invoke(
                                                key -> {
                                                    if (key.active()) {
                                                        key.revokedAt = now;
                                                    }
                                                }))
                .invoke(key -> LOG.infof("brand %s revoked API key %s", brandId, keyId));
    }

    /** Appends a use of the brand's key to the audit log. */
    public Uni<ApiKeyUse> recordUse(
            UUID brandId, UUID keyId, String operation, List<String> rootFields, String outcome) {
        return Panache.withTransaction(
                () ->
                        existing(brandId, keyId)
                                .flatMap(
                                        key ->
                                                uses.persist(
                                                        ApiKeyUse.of(
                                                                key,
                                                                operation,
                                                                rootFields,
                                                                outcome,
                                                                clock.instant()))));
    }

    /** A newest-first page of the brand's key uses, of one key when {@code keyId} is not null. */
    @WithSession
    public Uni<Page<ApiKeyUse>> uses(UUID brandId, UUID keyId, int pageSize, String cursor) {
        int size = PageCursor.pageSize(pageSize);
        return uses.pageAfter(brandId, keyId, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, use -> use.usedAt, use -> use.id));
    }

    private Uni<ApiKey> existing(UUID brandId, UUID keyId) {
        return keys.ofBrand(brandId, keyId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("API key " + keyId + " does not exist"));
    }

    /** 256 random bits, URL-safe. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
