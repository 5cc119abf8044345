package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.TimeOrderedUuid;
import com.creatorplatform.tracking.domain.attribution.Attribution;
import com.creatorplatform.tracking.domain.attribution.Outcome;
import com.creatorplatform.tracking.reports.ReportDays;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An order the shop reported: its amount, lifecycle and refunds, and why it was attributed (or
 * not). The lifecycle rules live here; what payouts hear of them is decided by {@link OrderEvents}.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String currency;

    @Column(name = "refunded_minor")
    public long refundedMinor;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Column(name = "ordered_at")
    public Instant orderedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The report day its completion was counted on (ADR 0066); null until counted. */
    @Column(name = "counted_on")
    public LocalDate countedOn;

    @Column(name = "customer_hash")
    public String customerHash;

    @Column(name = "click_id")
    public UUID clickId;

    @Column(name = "discount_code")
    public String discountCode;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    public com.creatorplatform.tracking.domain.attribution.Rule rule;

    @Column(name = "creator_id")
    public UUID creatorId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "post_id")
    public UUID postId;

    /**
     * The platform of the link whose click won the order; null when not known (or won by a code, or
     * by nobody).
     */
    public String platform;

    @Column(name = "touch_click_id")
    public UUID touchClickId;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "window_end")
    public Instant windowEnd;

    @Column(name = "offer_version_id")
    public UUID offerVersionId;

    @Column(name = "offer_snapshot")
    public byte[] offerSnapshot;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    /** What the shop told us about a new order. */
    public record Report(
            UUID brandId,
            String orderId,
            long amountMinor,
            String currency,
            Instant orderedAt,
            String customerHash,
            UUID clickId,
            String discountCode) {}

    public static CustomerOrder record(
            Report report, Attribution attribution, byte[] offerSnapshot, Instant now) {
        var order = new CustomerOrder();
        order.id = TimeOrderedUuid.at(now.toEpochMilli());
        order.brandId = report.brandId();
        order.orderId = report.orderId();
        order.amountMinor = report.amountMinor();
        order.currency = report.currency();
        order.status = OrderStatus.PENDING;
        // Stored to the microsecond, as PostgreSQL keeps it, so a replay answers exactly what was
        // first answered.
        order.orderedAt = report.orderedAt().truncatedTo(ChronoUnit.MICROS);
        order.customerHash = report.customerHash();
        order.clickId = report.clickId();
        // A matched code is kept as the brand wrote it.
        order.discountCode =
                attribution.code() != null ? attribution.code() : report.discountCode();
        order.outcome = attribution.outcome();
        order.rule = attribution.rule();
        order.creatorId = attribution.creatorId();
        order.campaignId = attribution.campaignId();
        order.postId = attribution.postId();
        order.platform = attribution.platform();
        order.touchClickId = attribution.clickId();
        order.windowStart = attribution.windowStart();
        order.windowEnd = attribution.windowEnd();
        order.offerVersionId = attribution.offerVersionId();
        order.offerSnapshot = attribution.outcome() == Outcome.UNATTRIBUTED ? null : offerSnapshot;
        order.reason = attribution.reason();
        order.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return order;
    }

    /**
     * The report day a completed order counts on: the one kept when it was counted, or for an order
     * counted before reports followed the brand's time zone (ADR 0066), its UTC day.
     */
    public LocalDate dayCounted() {
        return countedOn != null ? countedOn : ReportDays.dayOf(orderedAt, ZoneOffset.UTC);
    }

    /** Only attributed orders, not self-referrals, earn commission. */
    public boolean earnsCommission() {
        return outcome == Outcome.ATTRIBUTED;
    }

    /**
     * Completes the order at a time the shop reported ({@link OrderTimes}); false when it already
     * was.
     */
    public boolean complete(Instant at, Instant now) {
        return switch (status) {
            case COMPLETED -> false;
            case CANCELLED ->
                    throw ApiError.failedPrecondition(
                            "order " + orderId + " is CANCELLED and cannot be completed");
            case PENDING -> {
                completedAt = OrderTimes.completed(at, orderedAt, now);
                status = OrderStatus.COMPLETED;
                yield true;
            }
        };
    }

    /** Cancels the order (a completed one is voided); false when it already was. */
    public boolean cancel() {
        if (status == OrderStatus.CANCELLED) {
            return false;
        }
        if (refundedMinor > 0) {
            throw ApiError.failedPrecondition(
                    "order " + orderId + " has refunds; refund the rest instead of cancelling");
        }
        status = OrderStatus.CANCELLED;
        return true;
    }

    /** Refunds part of a completed order, never more than what remains. */
    public void refund(long amount, String refundCurrency) {
        if (amount <= 0) {
            throw ApiError.invalidArgument("refund amount must be positive");
        }
        if (!currency.equals(refundCurrency)) {
            throw ApiError.invalidArgument(
                    "refund currency must be the order's "
                            + currency
                            + ", got '"
                            + refundCurrency
                            + "'");
        }
        if (status != OrderStatus.COMPLETED) {
            throw ApiError.failedPrecondition(
                    "order " + orderId + " is " + status + "; only completed orders are refunded");
        }
        long remaining = amountMinor - refundedMinor;
        if (amount > remaining) {
            throw ApiError.failedPrecondition(
                    "refund of "
                            + amount
                            + " exceeds what remains of order "
                            + orderId
                            + " ("
                            + remaining
                            + ")");
        }
        refundedMinor += amount;
    }
}
