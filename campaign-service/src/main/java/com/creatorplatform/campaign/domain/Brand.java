package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.AllowedDomains;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Echo;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.webhook.StandardWebhooks;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

    /** An IANA id: the brand's working days (see ADR 0053 for what follows it). */
    @Column(name = "time_zone")
    public String timeZone;

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
        brand.minimumPayoutMinor = requireMinimum(minimumPayoutMinor);
        brand.timeZone = "UTC";
        brand.webhookSecret = StandardWebhooks.newSecret();
        brand.createdAt = now;
        return brand;
    }

    /** The time zone by its IANA id ("Europe/Berlin"); an offset or an unknown name is refused. */
    public void changeTimeZone(String zone) {
        String id = zone == null ? "" : zone.trim();
        try {
            if (!ZoneId.getAvailableZoneIds().contains(id)) {
                throw new DateTimeException(id);
            }
            timeZone = ZoneId.of(id).getId();
        } catch (DateTimeException unknown) {
            throw ApiError.invalidArgument(
                    "time_zone must be an IANA time zone id such as Europe/Berlin, got '"
                            + Echo.of(zone)
                            + "'");
        }
    }

    public void changeAllowedDomains(List<String> domains) {
        allowedDomains = AllowedDomains.of(domains).domains().toArray(String[]::new);
    }

    public void changeMinimumPayout(long minor, String inCurrency) {
        requireOwnCurrency("minimum_payout", inCurrency);
        minimumPayoutMinor = requireMinimum(minor);
    }

    /**
     * A new currency, only while nothing is priced in the old one: a brand's money is in one
     * currency (ADR 0050), so once it has a campaign (budgets, offers, links, orders) it stays.
     */
    public void changeCurrency(String newCurrency, boolean hasCampaigns) {
        String code = WireTypes.currency("currency", newCurrency);
        if (code.equals(currency)) {
            return;
        }
        if (hasCampaigns) {
            throw ApiError.failedPrecondition(
                    "the currency cannot change once the brand has a campaign (its budgets, offers"
                            + " and orders are in "
                            + currency
                            + ")");
        }
        currency = code;
    }

    private static long requireMinimum(long minor) {
        if (minor < 0) {
            throw ApiError.invalidArgument("minimum_payout must not be negative");
        }
        return minor;
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
