package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
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
import java.util.Comparator;
import java.util.UUID;

/**
 * One fact about an attributed order, as tracking-service relayed it, stored once per event id. The
 * stored events are what commission is computed from. Amounts are minor units of the currency.
 */
@Entity
@Table(name = "order_event")
public class OrderEvent extends PanacheEntityBase {

    public enum Kind {
        COMPLETED,
        CANCELLED,
        REFUNDED
    }

    /**
     * The order in which an order's events took effect; the event id breaks ties so that every
     * replay agrees.
     */
    public static final Comparator<OrderEvent> CHRONOLOGICAL =
            Comparator.comparing((OrderEvent e) -> e.occurredAt).thenComparing(e -> e.eventId);

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "creator_id")
    public UUID creatorId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "offer_version_id")
    public UUID offerVersionId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "order_amount_minor")
    public long orderAmountMinor;

    @Column(name = "refund_amount_minor")
    public long refundAmountMinor;

    public String currency;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** When tracking-service recorded the fact; null on events written before it said so. */
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static OrderEvent of(
            String eventId,
            UUID brandId,
            String orderId,
            UUID creatorId,
            UUID campaignId,
            UUID postId,
            UUID offerVersionId,
            Kind kind,
            long orderAmountMinor,
            long refundAmountMinor,
            String currency,
            Instant occurredAt,
            Instant recordedAt) {
        if (orderAmountMinor < 0) {
            throw ApiError.invalidArgument("order_amount must not be negative");
        }
        if (kind == Kind.REFUNDED ? refundAmountMinor <= 0 : refundAmountMinor != 0) {
            throw ApiError.invalidArgument(
                    "refund_amount must be positive on a REFUNDED event and absent otherwise");
        }
        var event = new OrderEvent();
        event.eventId = eventId;
        event.brandId = brandId;
        event.orderId = orderId;
        event.creatorId = creatorId;
        event.campaignId = campaignId;
        event.postId = postId;
        event.offerVersionId = offerVersionId;
        event.kind = kind;
        event.orderAmountMinor = orderAmountMinor;
        event.refundAmountMinor = refundAmountMinor;
        event.currency = currency;
        event.occurredAt = occurredAt;
        event.recordedAt = recordedAt;
        return event;
    }

    /**
     * Where the hold of what this completion earns starts: at the completion, or when the platform
     * learned of it if that was later. The shop dates its completions, and a date in the past must
     * not make money payable sooner than the hold after the platform knew (SPEC, Tracking: "a hold
     * can never end earlier than the hold period after the platform learned of the completion").
     */
    public Instant holdStart() {
        return recordedAt == null || recordedAt.isBefore(occurredAt) ? occurredAt : recordedAt;
    }

    /**
     * The payout period an order belongs to: the calendar month (UTC) in which it completed. Its
     * refunds and cancellation count in that month too, whenever they arrive.
     */
    public LocalDate period() {
        return LocalDate.ofInstant(occurredAt, ZoneOffset.UTC).withDayOfMonth(1);
    }
}
