package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.TimeOrderedUuid;
import com.creatorplatform.contract.WireTypes;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a creator's ledger. Entries are never changed: a correction is a new entry. The cause
 * names what made the entry, and the database allows one entry per cause and brand, which is what
 * makes every way of recording money idempotent.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "creator_id")
    public UUID creatorId;

    @Enumerated(EnumType.STRING)
    public LedgerEntryKind kind;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String currency;
    public String cause;
    public String reason;
    public String actor;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * For entries caused by an order event: the event, its order (order-level entries only),
     * campaign and period.
     */
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "offer_version_id")
    public UUID offerVersionId;

    public LocalDate period;

    /** When the money becomes payable (end of the order's or post's hold); null means at once. */
    @Column(name = "payable_at")
    public Instant payableAt;

    /** For post fees: the published post. */
    @Column(name = "post_id")
    public UUID postId;

    /** A manual correction by a person, with their reason; the key makes retries harmless. */
    public static LedgerEntry adjustment(
            UUID brandId,
            UUID creatorId,
            long amountMinor,
            String currency,
            String reason,
            String actor,
            String idempotencyKey,
            Instant now) {
        if (amountMinor == 0) {
            throw ApiError.invalidArgument("amount must not be zero");
        }
        var entry = new LedgerEntry();
        entry.id = TimeOrderedUuid.at(now.toEpochMilli());
        entry.brandId = brandId;
        entry.creatorId = creatorId;
        entry.kind = LedgerEntryKind.ADJUSTMENT;
        entry.amountMinor = amountMinor;
        entry.currency = WireTypes.currency("amount.currency", currency);
        entry.reason = Fields.required("reason", reason);
        entry.actor = Fields.required("actor", actor);
        entry.cause = "adjustment:" + Fields.required("idempotency_key", idempotencyKey);
        entry.createdAt = now;
        return entry;
    }

    /**
     * An entry caused by an order event, counted in the campaign, offer version and month of the
     * order that completed, and payable when that order's hold ends. Period-level entries (tier
     * top-ups, bonuses) name the event that triggered them but no order.
     */
    public static LedgerEntry fromOrder(
            LedgerEntryKind kind,
            long amountMinor,
            String cause,
            String reason,
            OrderEvent trigger,
            OrderEvent completion,
            boolean orderLevel,
            Instant payableAt,
            Instant now) {
        var entry = new LedgerEntry();
        entry.id = TimeOrderedUuid.at(now.toEpochMilli());
        entry.brandId = completion.brandId;
        entry.creatorId = completion.creatorId;
        entry.kind = kind;
        entry.amountMinor = amountMinor;
        entry.currency = completion.currency;
        entry.cause = cause;
        entry.reason = reason;
        entry.createdAt = now;
        entry.eventId = trigger.eventId;
        entry.orderId = orderLevel ? completion.orderId : null;
        entry.campaignId = completion.campaignId;
        entry.offerVersionId = completion.offerVersionId;
        entry.period = completion.period();
        entry.payableAt = payableAt;
        return entry;
    }

    /**
     * A post's fee, caused by the post (so it is credited once however often the feed delivers it),
     * counted against its campaign's budget and payable once the hold after publication has passed.
     */
    public static LedgerEntry postFee(PostFee fee, Instant now) {
        var entry = new LedgerEntry();
        entry.id = TimeOrderedUuid.at(now.toEpochMilli());
        entry.brandId = fee.brandId();
        entry.creatorId = fee.creatorId();
        entry.kind = LedgerEntryKind.POST_FEE;
        entry.amountMinor = fee.amountMinor();
        entry.currency = fee.currency();
        entry.cause = "post:" + fee.postId();
        entry.reason = "post published at " + fee.publishedUrl();
        entry.createdAt = now;
        entry.campaignId = fee.campaignId();
        entry.offerVersionId = fee.offerVersionId();
        entry.postId = fee.postId();
        entry.payableAt = fee.terms().payableAt(fee.publishedAt());
        return entry;
    }

    /** Pays a statement out: a debit of its total, once per statement. */
    public static LedgerEntry payout(Statement statement, String actor, Instant now) {
        var entry = new LedgerEntry();
        entry.id = TimeOrderedUuid.at(now.toEpochMilli());
        entry.brandId = statement.brandId;
        entry.creatorId = statement.creatorId;
        entry.kind = LedgerEntryKind.PAYOUT;
        entry.amountMinor = -statement.totalMinor;
        entry.currency = statement.currency;
        entry.cause = "payout:" + statement.id;
        entry.reason = "statement " + statement.id + " paid";
        entry.actor = actor;
        entry.createdAt = now;
        return entry;
    }

    /**
     * Whether a stored entry records the same thing as this one (a retry), as opposed to a reused
     * key.
     */
    public boolean sameAs(LedgerEntry other) {
        return creatorId.equals(other.creatorId)
                && kind == other.kind
                && amountMinor == other.amountMinor
                && currency.equals(other.currency)
                && Objects.equals(reason, other.reason);
    }
}
