package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.AllowedDomains;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.webhook.StandardWebhooks;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant. Every other record belongs to exactly one brand. */
@Entity
public class Brand extends PanacheEntityBase {

    /** Longest a replaced webhook secret keeps verifying. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(7);

    @Id public UUID id;
    public String name;
    public String currency;

    @Column(name = "allowed_domains", columnDefinition = "text[]")
    public String[] allowedDomains;

    @Column(name = "webhook_secret")
    public String webhookSecret;

    /** The secret a rotation replaced; it verifies until {@link #previousSecretValidUntil}. */
    @Column(name = "previous_webhook_secret")
    public String previousWebhookSecret;

    @Column(name = "previous_secret_valid_until")
    public Instant previousSecretValidUntil;

    @Column(name = "minimum_payout_minor")
    public long minimumPayoutMinor;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A new brand with a freshly generated webhook signing secret. */
    public static Brand create(
            String name,
            String currency,
            List<String> domains,
            long minimumPayoutMinor,
            Instant now) {
        var brand = new Brand();
        brand.id = UUID.randomUUID();
        brand.name = requireName(name);
        brand.currency = WireTypes.currency("currency", currency);
        brand.allowedDomains = AllowedDomains.of(domains).domains().toArray(String[]::new);
        if (minimumPayoutMinor < 0) {
            throw ApiError.invalidArgument("minimum_payout must not be negative");
        }
        brand.minimumPayoutMinor = minimumPayoutMinor;
        brand.webhookSecret = StandardWebhooks.newSecret();
        brand.createdAt = now;
        return brand;
    }

    /**
     * Replaces the webhook secret; the replaced one keeps verifying for the overlap (0 to 7 days),
     * and one still in an earlier overlap stops now. Returns the new secret.
     */
    public String rotateWebhookSecret(Duration overlap, Instant now) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw ApiError.invalidArgument(
                    "overlap_minutes must be from 0 to " + MAX_OVERLAP.toMinutes());
        }
        previousWebhookSecret = webhookSecret;
        previousSecretValidUntil = now.plus(overlap);
        webhookSecret = StandardWebhooks.newSecret();
        return webhookSecret;
    }

    public AllowedDomains allowedDomains() {
        return new AllowedDomains(List.of(allowedDomains));
    }

    /** Money this brand handles must be in its own currency. */
    public void requireOwnCurrency(String field, String otherCurrency) {
        if (!currency.equals(otherCurrency)) {
            throw ApiError.invalidArgument(
                    field
                            + " must be in the brand's currency "
                            + currency
                            + ", got '"
                            + otherCurrency
                            + "'");
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ApiError.invalidArgument("name is required");
        }
        if (name.length() > 200) {
            throw ApiError.invalidArgument("name must be at most 200 characters");
        }
        return name.trim();
    }
}
