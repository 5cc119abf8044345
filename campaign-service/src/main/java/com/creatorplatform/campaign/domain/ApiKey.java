package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A brand's API key: a Keycloak confidential client named {@link #clientId}, whose secret Keycloak
 * checks; the row keeps what the brand sees of it and a SHA-256 of the secret (to recognise a
 * leaked one), never the secret (ADR 0054).
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    /** Most active keys a brand may have. */
    public static final int MAX_ACTIVE_PER_BRAND = 20;

    public static final int MAX_NAME = 80;

    /** How many of the secret's characters are kept to recognise it. */
    static final int PREFIX = 6;

    /** Every key client's id starts so; the gateway accepts tokens of such clients. */
    public static final String CLIENT_PREFIX = "brand-key-";

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public String name;

    @Column(columnDefinition = "text[]")
    public String[] scopes;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "secret_sha256")
    public byte[] secretSha256;

    @Column(name = "secret_prefix")
    public String secretPrefix;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** A key's id and client id, before its client exists. */
    public static ApiKey plan(UUID brandId, String name, Set<ApiKeyScope> scopes, Instant now) {
        var key = new ApiKey();
        key.id = UUID.randomUUID();
        key.brandId = brandId;
        key.name = checkedName(name);
        key.scopes = scopes.stream().map(ApiKeyScope::wireName).toArray(String[]::new);
        key.clientId = CLIENT_PREFIX + key.id;
        key.createdAt = now;
        return key;
    }

    /** Keeps the secret's digest and first characters once Keycloak made it. */
    public void secretIs(String secret) {
        secretSha256 = sha256(secret);
        secretPrefix = secret.substring(0, Math.min(PREFIX, secret.length()));
    }

    public boolean active() {
        return revokedAt == null;
    }

    static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw ApiError.invalidArgument(
                    "name must have 1 to " + MAX_NAME + " characters, got " + trimmed.length());
        }
        return trimmed;
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
