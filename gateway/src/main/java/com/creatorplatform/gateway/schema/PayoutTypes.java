package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Payout runs, statements and earnings as GraphQL shows them, with their inputs and payloads. */
public final class PayoutTypes {

    private PayoutTypes() {}

    @Description(
            "COMPUTING (statements being written in the background) → DRAFT → APPROVED → PAID, or APPROVED → "
                    + "FAILED (its lines go to the next run).")
    public enum PayoutRunStatus {
        COMPUTING,
        DRAFT,
        APPROVED,
        PAID,
        FAILED;

        static PayoutRunStatus fromProto(
                com.creatorplatform.proto.payout.v1.PayoutRunStatus status) {
            return ProtoEnums.fromProto(status, "PAYOUT_RUN_STATUS_", PayoutRunStatus.class);
        }
    }

    @Description("A brand's payout run for one month: one statement per creator and currency.")
    public record PayoutRun(
            @Id @NonNull String id,
            @Description("The month, YYYY-MM (UTC).") @NonNull String period,
            @NonNull PayoutRunStatus status,
            @NonNull Money minimumPayout,
            @Description("Who approved, paid or failed it last.") String actor,
            String failureReason,
            @NonNull Instant createdAt,
            @NonNull PayoutRunProgress progress,
            @Description("Those written so far while COMPUTING.") @NonNull
                    List<@NonNull Statement> statements) {

        public static PayoutRun from(com.creatorplatform.proto.payout.v1.PayoutRun run) {
            return new PayoutRun(
                    run.getId(),
                    run.getPeriod(),
                    PayoutRunStatus.fromProto(run.getStatus()),
                    Money.of(run.getMinimumPayout()),
                    Membership.blankToNull(run.getActor()),
                    Membership.blankToNull(run.getFailureReason()),
                    WireTypes.instant(run.getCreatedAt()),
                    PayoutRunProgress.from(run),
                    run.getStatementsList().stream().map(Statement::from).toList());
        }
    }

    @Description(
            "How far a run's computation is: creators whose statements are written, of all it pays (0 of 0 until "
                    + "it has looked at the ledger).")
    public record PayoutRunProgress(int creatorsDone, int creatorsTotal) {

        static PayoutRunProgress from(com.creatorplatform.proto.payout.v1.PayoutRun run) {
            return new PayoutRunProgress(
                    run.getProgress().getCreatorsDone(), run.getProgress().getCreatorsTotal());
        }
    }

    @Description("A payout run's status and progress as it changes, without its statements.")
    public record PayoutRunState(
            @Id @NonNull String id,
            @NonNull PayoutRunStatus status,
            @NonNull PayoutRunProgress progress) {

        public static PayoutRunState from(com.creatorplatform.proto.payout.v1.PayoutRun run) {
            return new PayoutRunState(
                    run.getId(),
                    PayoutRunStatus.fromProto(run.getStatus()),
                    PayoutRunProgress.from(run));
        }
    }

    @Description(
            "What a run owes one creator in one currency: exactly the sum of its lines. `lines` are listed on a "
                    + "creator's statements (empty in a run's list).")
    public record Statement(
            @Id @NonNull String id,
            @Id @NonNull String creatorId,
            @Id @NonNull String runId,
            @NonNull Money total,
            @Description(
                            "The part of the total payable before the run's month (negative after a clawback).")
                    @NonNull
                    Money carried,
            @Description(
                            "Under the minimum or not positive: not paid by this run; its lines wait for the next.")
                    @NonNull
                    boolean carriedForward,
            @NonNull Instant createdAt,
            @NonNull List<@NonNull LedgerEntry> lines) {

        public static Statement from(com.creatorplatform.proto.payout.v1.Statement s) {
            return new Statement(
                    s.getId(),
                    s.getCreatorId(),
                    s.getRunId(),
                    Money.of(s.getTotal()),
                    Money.of(s.getCarried()),
                    s.getCarriedForward(),
                    WireTypes.instant(s.getCreatedAt()),
                    s.getLinesList().stream().map(LedgerEntry::from).toList());
        }
    }

    @Description(
            "A creator's money with one brand in one currency, from the ledger: pending (in its hold), payable "
                    + "(hold passed, not paid), paid, and all of it.")
    public record Earnings(
            @NonNull Money pending,
            @NonNull Money payable,
            @NonNull Money paid,
            @NonNull Money total) {

        public static Earnings from(com.creatorplatform.proto.payout.v1.Earnings e) {
            return new Earnings(
                    Money.of(e.getPending()),
                    Money.of(e.getPayable()),
                    Money.of(e.getPaid()),
                    Money.of(e.getTotal()));
        }
    }

    @Description(
            "A change of the creator's ledger as it is committed: the new entry (an order credited or a refund "
                    + "taken back, a bonus, a post fee, a payout, an adjustment) and the creator's earnings as read then.")
    public record EarningsUpdate(
            @NonNull LedgerEntry entry, @NonNull List<@NonNull Earnings> earnings) {

        public static EarningsUpdate from(
                com.creatorplatform.proto.payout.v1.EarningsChange change) {
            return new EarningsUpdate(
                    LedgerEntry.from(change.getEntry()),
                    change.getBalance().getEarningsList().stream().map(Earnings::from).toList());
        }
    }

    /** A page of runs; pass pageInfo.endCursor as `after` for the next one. */
    public record PayoutRunConnection(
            @NonNull List<@NonNull PayoutRun> nodes, @NonNull PageInfo pageInfo) {}

    /** A page of statements; pass pageInfo.endCursor as `after` for the next one. */
    public record StatementConnection(
            @NonNull List<@NonNull Statement> nodes, @NonNull PageInfo pageInfo) {}

    @Description(
            "An approved or paid run as CSV for the brand's payment provider: creator_id, amount (major units), "
                    + "currency, statement_id (the provider's idempotency reference).")
    public record PayoutRunExport(
            @Id @NonNull String runId,
            @NonNull String fileName,
            @NonNull String contentType,
            @NonNull String csv) {}

    @Input("StartPayoutRunInput")
    public record StartPayoutRunInput(
            @Description("The month, YYYY-MM (UTC); it must have ended.") @NonNull String period) {}

    @Input("PayoutRunInput")
    public record PayoutRunInput(@Id @NonNull String runId) {}

    @Input("FailPayoutRunInput")
    public record FailPayoutRunInput(@Id @NonNull String runId, @NonNull String reason) {}

    public record PayoutRunPayload(@NonNull PayoutRun run) {}
}
