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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A brand's payout of one month. Its statements pay the entries that became payable before the
 * month ended (entries without a hold: created before then) and that no live statement pays yet.
 */
@Entity
@Table(name = "payout_run")
public class PayoutRun extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public LocalDate period;

    @Enumerated(EnumType.STRING)
    public PayoutRunStatus status;

    @Column(name = "minimum_payout_minor")
    public long minimumPayoutMinor;

    @Column(name = "minimum_currency")
    public String minimumCurrency;

    /** Who approved, paid or failed it last. */
    public String actor;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Creators whose statements are written, of all the run pays (known once it has begun). */
    @Column(name = "creators_done")
    public int creatorsDone;

    @Column(name = "creators_total")
    public int creatorsTotal;

    /** The last creator of the last chunk written: the computation resumes after it. */
    @Column(name = "computed_through")
    public UUID computedThrough;

    /** A new run, COMPUTING; only a month that has ended can be paid out. */
    public static PayoutRun start(
            UUID brandId,
            YearMonth period,
            long minimumPayoutMinor,
            String minimumCurrency,
            Instant now) {
        var run = new PayoutRun();
        run.id = UUID.randomUUID();
        run.brandId = brandId;
        run.period = period.atDay(1);
        if (run.cutoff().isAfter(now)) {
            throw ApiError.failedPrecondition("period " + period + " has not ended yet");
        }
        if (minimumPayoutMinor < 0) {
            throw ApiError.invalidArgument("minimum_payout must not be negative");
        }
        run.status = PayoutRunStatus.COMPUTING;
        run.minimumPayoutMinor = minimumPayoutMinor;
        run.minimumCurrency = minimumCurrency;
        run.createdAt = now.truncatedTo(ChronoUnit.MICROS); // as stored
        return run;
    }

    /** The end of the month (UTC): entries payable before it belong to this run. */
    public Instant cutoff() {
        return period.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Instant periodStart() {
        return period.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Whether a creator's total in a currency is paid now or carried into the next run. */
    public boolean carriesForward(long totalMinor, String currency) {
        return totalMinor <= 0
                || (currency.equals(minimumCurrency) && totalMinor < minimumPayoutMinor);
    }

    /**
     * The creators still to compute are known: the total is those done plus them (a restarted
     * computation counts again what remains).
     */
    public void plan(int creatorsRemaining) {
        creatorsTotal = creatorsDone + creatorsRemaining;
    }

    /** A chunk of creators, up to {@code lastCreator}, has its statements. */
    public void chunkWritten(int creators, UUID lastCreator) {
        creatorsDone += creators;
        creatorsTotal = Math.max(creatorsTotal, creatorsDone);
        computedThrough = lastCreator;
    }

    /** Every statement is written: the run waits for approval. */
    public void computed() {
        status = status.moveTo(PayoutRunStatus.DRAFT);
        creatorsTotal = creatorsDone;
    }

    public void approve(String by) {
        status = status.moveTo(PayoutRunStatus.APPROVED);
        actor = by;
    }

    public void markPaid(String by) {
        status = status.moveTo(PayoutRunStatus.PAID);
        actor = by;
    }

    public void markFailed(String by, String reason) {
        status = status.moveTo(PayoutRunStatus.FAILED);
        actor = by;
        failureReason = reason;
    }
}
