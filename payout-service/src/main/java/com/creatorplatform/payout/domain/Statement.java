package com.creatorplatform.payout.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a payout run owes one creator in one currency: the exact sum of its lines (ledger entries).
 */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "run_id")
    public UUID runId;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "creator_id")
    public UUID creatorId;

    public String currency;

    @Column(name = "total_minor")
    public long totalMinor;

    /**
     * The part of the total payable before the run's month: carried from earlier runs (negative
     * after a clawback).
     */
    @Column(name = "carried_minor")
    public long carriedMinor;

    /** Under the minimum or not positive: nothing is paid and the lines wait for the next run. */
    @Column(name = "carried_forward")
    public boolean carriedForward;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * The statement of one creator and currency from the sums of the entries it pays: {@code
     * totalMinor} of all of them, {@code carriedMinor} of those payable before the run's month
     * ({@link PayoutRun#periodStart()}).
     */
    public static Statement of(
            PayoutRun run,
            UUID creatorId,
            String currency,
            long totalMinor,
            long carriedMinor,
            Instant now) {
        var statement = new Statement();
        statement.id = UUID.randomUUID();
        statement.runId = run.id;
        statement.brandId = run.brandId;
        statement.creatorId = creatorId;
        statement.currency = currency;
        statement.totalMinor = totalMinor;
        statement.carriedMinor = carriedMinor;
        statement.carriedForward = run.carriesForward(totalMinor, currency);
        // As PostgreSQL stores it, so that a fresh statement and a re-read one (and their page
        // cursors) agree.
        statement.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return statement;
    }
}
