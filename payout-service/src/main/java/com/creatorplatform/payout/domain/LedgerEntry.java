package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.WireTypes;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a creator's ledger. Entries are never changed: a correction is a new entry. The
 * cause names what made the entry, and the database allows one entry per cause and brand, which
 * is what makes every way of recording money idempotent.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    public UUID id;
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

    /** A manual correction by a person, with their reason; the key makes retries harmless. */
    public static LedgerEntry adjustment(UUID brandId, UUID creatorId, long amountMinor, String currency, String reason,
            String actor, String idempotencyKey, Instant now) {
        if (amountMinor == 0) {
            throw ApiError.invalidArgument("amount must not be zero");
        }
        var entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.brandId = brandId;
        entry.creatorId = creatorId;
        entry.kind = LedgerEntryKind.ADJUSTMENT;
        entry.amountMinor = amountMinor;
        entry.currency = WireTypes.currency("amount.currency", currency);
        entry.reason = required("reason", reason);
        entry.actor = required("actor", actor);
        entry.cause = "adjustment:" + required("idempotency_key", idempotencyKey);
        entry.createdAt = now;
        return entry;
    }

    /** Whether a stored entry records the same thing as this one (a retry), as opposed to a reused key. */
    public boolean sameAs(LedgerEntry other) {
        return creatorId.equals(other.creatorId) && kind == other.kind && amountMinor == other.amountMinor
                && currency.equals(other.currency) && Objects.equals(reason, other.reason);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalidArgument(field + " is required");
        }
        return value.trim();
    }
}
