package com.creatorplatform.payout.service;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.payout.domain.Fields;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.PayoutEvents;
import com.creatorplatform.payout.domain.PayoutRun;
import com.creatorplatform.payout.domain.PayoutRunStatus;
import com.creatorplatform.payout.domain.Statement;
import com.creatorplatform.payout.domain.StatementCsv;
import com.creatorplatform.payout.repository.LedgerRepository;
import com.creatorplatform.payout.repository.PayoutRunRepository;
import com.creatorplatform.payout.repository.RunComputationRepository;
import com.creatorplatform.payout.repository.StatementRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use cases of payout runs: compute statements, approve, record the payment or its failure, export.
 */
@ApplicationScoped
public class PayoutRuns {

    /** A run and its statements. */
    public record RunView(PayoutRun run, List<Statement> statements) {}

    /** A statement and the entries it pays. */
    public record StatementView(Statement statement, List<LedgerEntry> lines) {}

    private final PayoutRunRepository runs;
    private final StatementRepository statements;
    private final LedgerRepository ledger;
    private final PayoutRunComputation computation;
    private final RunComputationRepository computations;
    private final Clock clock;

    PayoutRuns(
            PayoutRunRepository runs,
            StatementRepository statements,
            LedgerRepository ledger,
            PayoutRunComputation computation,
            RunComputationRepository computations,
            Clock clock) {
        this.runs = runs;
        this.statements = statements;
        this.ledger = ledger;
        this.computation = computation;
        this.computations = computations;
        this.clock = clock;
    }

    /**
     * Starts the brand's run for the month and returns it at once, COMPUTING: its statements are
     * written in the background ({@link PayoutRunComputation}). Started again, the run is returned
     * as it is, and its computation resumed if it stopped midway.
     */
    @WithSession
    public Uni<RunView> start(
            UUID brandId, YearMonth period, long minimumPayoutMinor, String minimumCurrency) {
        var proposed =
                PayoutRun.start(
                        brandId, period, minimumPayoutMinor, minimumCurrency, clock.instant());
        return Panache.withTransaction(() -> runs.insertOnce(proposed))
                .invoke(
                        run -> {
                            if (run.status == PayoutRunStatus.COMPUTING) {
                                computation.compute(run.id);
                            }
                        })
                .chain(this::view);
    }

    /** The brand's runs among {@code runIds}, with their statements; others are left out. */
    @WithSession
    public Uni<List<RunView>> brandRunsById(UUID brandId, List<UUID> runIds) {
        return runs.ofBrand(brandId, runIds)
                .chain(
                        found ->
                                statements
                                        .ofRuns(found.stream().map(r -> r.id).toList())
                                        .map(all -> withStatements(found, all)));
    }

    /**
     * The run as it stands, without its statements: what its watchers are sent as it computes. Read
     * without an ORM session, as a notification's reader needs.
     */
    public Uni<RunView> progress(UUID brandId, UUID runId) {
        return computations
                .find(runId)
                .map(
                        run -> {
                            if (run == null || !run.brandId.equals(brandId)) {
                                throw ApiError.notFound("payout run " + runId);
                            }
                            return new RunView(run, List.of());
                        });
    }

    /** Approves the draft, with the {@code payout_run.approved} webhook event. */
    @WithTransaction
    public Uni<RunView> approve(UUID brandId, UUID runId, String actor) {
        return lockedRun(brandId, runId)
                .chain(
                        run -> {
                            run.approve(Fields.required("actor", actor));
                            Instant now = clock.instant();
                            return view(run)
                                    .call(
                                            approved ->
                                                    WebhookOutbox.write(
                                                            PayoutEvents.approved(
                                                                    run,
                                                                    approved.statements(),
                                                                    now),
                                                            now));
                        });
    }

    /**
     * Records the payment: one PAYOUT entry per statement paid, which its cause allows only once,
     * and the {@code payout_run.paid} webhook event.
     */
    @WithTransaction
    public Uni<RunView> markPaid(UUID brandId, UUID runId, String actor) {
        return lockedRun(brandId, runId)
                .chain(
                        run -> {
                            run.markPaid(Fields.required("actor", actor));
                            return statements
                                    .ofRun(run.id)
                                    .chain(
                                            all -> {
                                                Uni<Void> chain = Uni.createFrom().voidItem();
                                                for (Statement statement :
                                                        all.stream()
                                                                .filter(s -> !s.carriedForward)
                                                                .toList()) {
                                                    chain =
                                                            chain.chain(
                                                                    () ->
                                                                            ledger.appendOnce(
                                                                                            LedgerEntry
                                                                                                    .payout(
                                                                                                            statement,
                                                                                                            run.actor,
                                                                                                            clock
                                                                                                                    .instant()))
                                                                                    .replaceWithVoid());
                                                }
                                                Instant now = clock.instant();
                                                return chain.chain(
                                                                () ->
                                                                        WebhookOutbox.write(
                                                                                PayoutEvents.paid(
                                                                                        run, all,
                                                                                        now),
                                                                                now))
                                                        .map(done -> new RunView(run, all));
                                            });
                        });
    }

    /** Nothing was paid: the run's lines go back to the next run. */
    @WithTransaction
    public Uni<RunView> markFailed(UUID brandId, UUID runId, String actor, String reason) {
        return lockedRun(brandId, runId)
                .chain(
                        run -> {
                            run.markFailed(
                                    Fields.required("actor", actor),
                                    Fields.required("reason", reason));
                            return statements.releaseLines(run.id).chain(() -> view(run));
                        });
    }

    /** The CSV of an approved (or paid) run for the brand's payment provider. */
    @WithSession
    public Uni<String> export(UUID brandId, UUID runId) {
        return runs.findOfBrand(brandId, runId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("payout run " + runId))
                .chain(
                        run -> {
                            if (run.status != PayoutRunStatus.APPROVED
                                    && run.status != PayoutRunStatus.PAID) {
                                throw ApiError.failedPrecondition(
                                        "only an APPROVED or PAID run can be exported, this one is "
                                                + run.status);
                            }
                            return statements.ofRun(run.id).map(StatementCsv::render);
                        });
    }

    /** The brand's runs, newest first, with their statements. */
    @WithSession
    public Uni<Page<RunView>> brandRuns(UUID brandId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return runs.pageOfBrand(brandId, PageCursor.decode(cursor), size + 1)
                .chain(
                        rows -> {
                            var page = Page.of(rows, size, r -> r.createdAt, r -> r.id);
                            return statements
                                    .ofRuns(page.items().stream().map(r -> r.id).toList())
                                    .map(
                                            all ->
                                                    new Page<>(
                                                            withStatements(page.items(), all),
                                                            page.nextCursor()));
                        });
    }

    private static List<RunView> withStatements(List<PayoutRun> runs, List<Statement> all) {
        var byRun = all.stream().collect(Collectors.groupingBy(s -> s.runId));
        return runs.stream().map(r -> new RunView(r, byRun.getOrDefault(r.id, List.of()))).toList();
    }

    /** A creator's statements with the brand, newest first, with their lines. */
    @WithSession
    public Uni<Page<StatementView>> creatorStatements(
            UUID brandId, UUID creatorId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return statements
                .pageOfCreator(brandId, creatorId, PageCursor.decode(cursor), size + 1)
                .chain(
                        rows -> {
                            var page = Page.of(rows, size, s -> s.createdAt, s -> s.id);
                            return statements
                                    .lines(page.items().stream().map(s -> s.id).toList())
                                    .map(
                                            lines ->
                                                    new Page<>(
                                                            page.items().stream()
                                                                    .map(
                                                                            s ->
                                                                                    new StatementView(
                                                                                            s,
                                                                                            lines
                                                                                                    .getOrDefault(
                                                                                                            s.id,
                                                                                                            List
                                                                                                                    .of())))
                                                                    .toList(),
                                                            page.nextCursor()));
                        });
    }

    private Uni<PayoutRun> lockedRun(UUID brandId, UUID runId) {
        return runs.findForUpdate(brandId, runId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("payout run " + runId));
    }

    private Uni<RunView> view(PayoutRun run) {
        return statements.ofRun(run.id).map(all -> new RunView(run, all));
    }
}
