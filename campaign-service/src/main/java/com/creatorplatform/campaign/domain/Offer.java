package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.PlanTerms;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One version of a campaign's offer, in effect from {@code effectiveFrom} until the next version's.
 * Versions are only ever added: an order is attributed under the version in effect when it
 * happened, and a later change must not rewrite that.
 */
@Entity
public class Offer extends PanacheEntityBase {

    public static final int DEFAULT_ATTRIBUTION_WINDOW_DAYS = 30;
    public static final int DEFAULT_HOLD_DAYS = 30;
    public static final int MAX_DAYS = 365;

    /** The terms of a version as the brand asks for them; null days mean the defaults. */
    public record Terms(
            Instant effectiveFrom,
            PlanTerms.Draft plan,
            int audienceDiscountPercent,
            Integer attributionWindowDays,
            Integer holdDays,
            AttributionPriority priority) {}

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "effective_from")
    public Instant effectiveFrom;

    @Embedded public CommissionPlan plan;

    @Column(name = "audience_discount_percent")
    public int audienceDiscountPercent;

    @Column(name = "attribution_window_days")
    public int attributionWindowDays;

    @Column(name = "hold_days")
    public int holdDays;

    @Enumerated(EnumType.STRING)
    public AttributionPriority priority;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * The next version of the campaign's offer. It takes effect now or later, and after the latest
     * version already published ({@code latestEffectiveFrom}, null when none), so no order already
     * attributed can change version.
     */
    public static Offer publish(
            Campaign campaign, Instant latestEffectiveFrom, Terms terms, Instant now) {
        if (campaign.status == CampaignStatus.ENDED) {
            throw ApiError.failedPrecondition(
                    "campaign " + campaign.id + " is ENDED; its offer can no longer change");
        }
        // PostgreSQL keeps microseconds; truncating here makes the stored and the answered time the
        // same.
        Instant effectiveFrom =
                (terms.effectiveFrom() == null ? now : terms.effectiveFrom())
                        .truncatedTo(ChronoUnit.MICROS);
        if (effectiveFrom.isBefore(now.truncatedTo(ChronoUnit.MICROS))) {
            throw ApiError.invalidArgument(
                    "effective_from "
                            + effectiveFrom
                            + " is in the past; a new version takes effect now or later");
        }
        if (latestEffectiveFrom != null && !effectiveFrom.isAfter(latestEffectiveFrom)) {
            throw ApiError.failedPrecondition(
                    "effective_from "
                            + effectiveFrom
                            + " must be after the latest version's "
                            + latestEffectiveFrom);
        }
        var offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.brandId = campaign.brandId;
        offer.campaignId = campaign.id;
        offer.effectiveFrom = effectiveFrom;
        offer.plan = CommissionPlan.of(terms.plan().in(campaign.currency, "brand's"));
        offer.audienceDiscountPercent =
                within("audience_discount_percent", terms.audienceDiscountPercent(), 0, 100);
        offer.attributionWindowDays =
                within(
                        "attribution_window_days",
                        terms.attributionWindowDays() == null
                                ? DEFAULT_ATTRIBUTION_WINDOW_DAYS
                                : terms.attributionWindowDays(),
                        1,
                        MAX_DAYS);
        offer.holdDays =
                within(
                        "hold_days",
                        terms.holdDays() == null ? DEFAULT_HOLD_DAYS : terms.holdDays(),
                        0,
                        MAX_DAYS);
        offer.priority =
                terms.priority() == null ? AttributionPriority.CODE_WINS : terms.priority();
        offer.createdAt = now;
        return offer;
    }

    private static int within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiError.invalidArgument(
                    field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
