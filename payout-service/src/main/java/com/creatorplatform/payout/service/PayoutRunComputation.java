package com.creatorplatform.payout.service;

import com.creatorplatform.payout.domain.ComputationPlan;
import com.creatorplatform.payout.domain.ComputationPlan.Chunk;
import com.creatorplatform.payout.domain.PayoutRun;
import com.creatorplatform.payout.domain.PayoutRunStatus;
import com.creatorplatform.payout.domain.Statement;
import com.creatorplatform.payout.repository.RunComputationRepository;
import com.creatorplatform.payout.repository.RunComputationRepository.CreatorRange;
import com.creatorplatform.payout.repository.RunComputationRepository.Sums;
import com.creatorplatform.payout.repository.RunComputationRepository.Written;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Computes payout runs in the background (ADR 0048): chunk after chunk of creators, each chunk's
 * statements and lines written and the run's progress moved in one transaction, so a run stopped
 * anywhere (a crash, a failed statement) keeps what it wrote and resumes after its last chunk. Runs
 * still COMPUTING when the service starts are resumed then.
 */
@ApplicationScoped
public class PayoutRunComputation {

    private static final Logger LOG = Logger.getLogger(PayoutRunComputation.class);

    private final RunComputationRepository repository;
    private final Clock clock;
    private final long entriesPerChunk;
    private final int parallelChunks;
    private final Duration retryBackoff;
    private final Duration maxRetryBackoff;
    private final RunDurations durations;

    /** Runs this instance is computing: each at most once at a time. */
    private final Set<UUID> computing = ConcurrentHashMap.newKeySet();

    PayoutRunComputation(
            RunComputationRepository repository,
            Clock clock,
            @ConfigProperty(name = "payout.run.entries-per-chunk") long entriesPerChunk,
            @ConfigProperty(name = "payout.run.parallel-chunks") int parallelChunks,
            @ConfigProperty(name = "payout.run.retry-backoff") Duration retryBackoff,
            @ConfigProperty(name = "payout.run.max-retry-backoff") Duration maxRetryBackoff,
            RunDurations durations) {
        this.repository = repository;
        this.clock = clock;
        this.entriesPerChunk = entriesPerChunk;
        if (parallelChunks < 1) {
            throw new IllegalArgumentException("payout.run.parallel-chunks must be positive");
        }
        this.parallelChunks = parallelChunks;
        this.retryBackoff = retryBackoff;
        this.maxRetryBackoff = maxRetryBackoff;
        this.durations = durations;
    }

    void resumeAtStartup(@Observes StartupEvent started) {
        resumeUnfinished();
    }

    /** Resumes every run left COMPUTING (by a stop or a crash midway). */
    public void resumeUnfinished() {
        repository
                .computing()
                .subscribe()
                .with(
                        runs -> runs.forEach(this::compute),
                        failure ->
                                LOG.warnf(
                                        "cannot look for unfinished payout runs: %s",
                                        failure.getMessage()));
    }

    /**
     * Computes the run in the background, unless this instance already does; a failed chunk is
     * retried (with a growing pause) from the last chunk written, until the run is computed.
     */
    public void compute(UUID runId) {
        if (!computing.add(runId)) {
            return;
        }
        var started = durations.start();
        Uni.createFrom()
                .deferred(() -> computeFromLastChunk(runId))
                .onFailure()
                .invoke(
                        failure ->
                                LOG.warnf(
                                        "payout run %s stopped midway, retrying after a pause: %s",
                                        runId, failure.getMessage()))
                .onFailure()
                .retry()
                .withBackOff(retryBackoff, maxRetryBackoff)
                .indefinitely()
                .onTermination()
                .invoke(() -> computing.remove(runId))
                .subscribe()
                .with(
                        done -> {
                            durations.computed(started);
                            LOG.debugf("payout run %s computed", runId);
                        });
    }

    private Uni<Void> computeFromLastChunk(UUID runId) {
        return repository
                .find(runId)
                .chain(
                        run -> {
                            if (run == null || run.status != PayoutRunStatus.COMPUTING) {
                                return Uni.createFrom().voidItem();
                            }
                            return repository
                                    .creatorsToPay(run)
                                    .chain(
                                            creators -> {
                                                run.plan(creators.size());
                                                return repository
                                                        .savePlan(run)
                                                        .chain(
                                                                () ->
                                                                        writeChunks(
                                                                                runId,
                                                                                ComputationPlan
                                                                                        .chunks(
                                                                                                creators,
                                                                                                entriesPerChunk),
                                                                                run.computedThrough));
                                            });
                        });
    }

    /**
     * Writes the chunks {@code parallelChunks} at a time (ADR 0074): each lane takes the next chunk
     * and writes it, but a chunk commits only after the one before it has, so the run's progress
     * still moves chunk after chunk and a restart resumes after the last one committed.
     */
    private Uni<Void> writeChunks(UUID runId, List<Chunk> chunks, UUID after) {
        var next = new AtomicInteger();
        var committed = chunks.stream().map(c -> new CompletableFuture<Boolean>()).toList();
        var lanes =
                IntStream.range(0, parallelChunks)
                        .mapToObj(lane -> lane(runId, chunks, after, next, committed))
                        .toList();
        return Uni.combine().all().unis(lanes).collectFailures().discardItems();
    }

    private Uni<Void> lane(
            UUID runId,
            List<Chunk> chunks,
            UUID after,
            AtomicInteger next,
            List<CompletableFuture<Boolean>> committed) {
        int index = next.getAndIncrement();
        if (index >= chunks.size()) {
            return Uni.createFrom().voidItem();
        }
        var chunk = chunks.get(index);
        boolean last = index == chunks.size() - 1;
        var range =
                new CreatorRange(
                        index == 0 ? after : chunks.get(index - 1).lastCreator(),
                        last ? null : chunk.lastCreator());
        Uni<Boolean> previousCommitted =
                index == 0
                        ? Uni.createFrom().item(true)
                        : Uni.createFrom().completionStage(committed.get(index - 1));
        return writeChunk(runId, chunk, range, last, previousCommitted)
                .onItemOrFailure()
                .invoke(
                        (written, failure) ->
                                committed.get(index).complete(failure == null && written))
                .chain(
                        written ->
                                written
                                        ? lane(runId, chunks, after, next, committed)
                                        : Uni.createFrom().voidItem());
    }

    /**
     * One chunk in one transaction: its statements from the sums, its lines, then, once the chunk
     * before it has committed, the run's progress (and, for the last, the run computed). False, and
     * rolled back, when the chunk before it did not commit or another computation of the run
     * (another instance) has moved it on: this one stops.
     */
    private Uni<Boolean> writeChunk(
            UUID runId,
            Chunk chunk,
            CreatorRange range,
            boolean last,
            Uni<Boolean> previousCommitted) {
        return repository
                .inOneTransaction(
                        last,
                        connection ->
                                repository
                                        .find(connection, runId)
                                        .chain(
                                                run -> {
                                                    if (run == null
                                                            || run.status
                                                                    != PayoutRunStatus.COMPUTING) {
                                                        return Uni.createFrom()
                                                                .failure(new Superseded());
                                                    }
                                                    return writeStatementsAndLines(
                                                            connection, run, range);
                                                })
                                        .chain(() -> previousCommitted)
                                        .chain(
                                                previousWritten ->
                                                        previousWritten
                                                                ? repository.lock(connection, runId)
                                                                : Uni.createFrom()
                                                                        .failure(new Superseded()))
                                        .chain(
                                                run -> {
                                                    if (run == null
                                                            || run.status
                                                                    != PayoutRunStatus.COMPUTING
                                                            || !Objects.equals(
                                                                    run.computedThrough,
                                                                    range.after())) {
                                                        return Uni.createFrom()
                                                                .failure(new Superseded());
                                                    }
                                                    run.chunkWritten(
                                                            chunk.creators(), chunk.lastCreator());
                                                    if (last) {
                                                        run.computed();
                                                    }
                                                    return repository.saveProgress(connection, run);
                                                }))
                .replaceWith(true)
                .onFailure(Superseded.class)
                .recoverWithItem(false);
    }

    /** The chunk's statements from its sums, and its lines, which must add up to them. */
    private Uni<Void> writeStatementsAndLines(
            SqlConnection connection, PayoutRun run, CreatorRange range) {
        return repository
                .sums(connection, run, range)
                .chain(
                        sums -> {
                            var statements = statements(run, sums, clock.instant());
                            var expected = paid(sums, statements);
                            return repository
                                    .insert(connection, run, statements)
                                    .chain(() -> repository.claimLines(connection, run, range))
                                    .invoke(written -> requireEqual(expected, written))
                                    .replaceWithVoid();
                        });
    }

    /** A chunk that must not commit: rolled back, and the computation stops without a retry. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super(null, null, false, false);
        }
    }

    private static List<Statement> statements(PayoutRun run, List<Sums> sums, Instant now) {
        return sums.stream()
                .map(
                        s ->
                                Statement.of(
                                        run,
                                        s.creatorId(),
                                        s.currency(),
                                        s.totalMinor(),
                                        s.carriedMinor(),
                                        now))
                .toList();
    }

    /**
     * The lines the paid statements must have: every entry of theirs, adding up to their totals.
     */
    private static Written paid(List<Sums> sums, List<Statement> statements) {
        long lines = 0;
        long amount = 0;
        for (int i = 0; i < sums.size(); i++) {
            if (!statements.get(i).carriedForward) {
                lines += sums.get(i).entries();
                amount += statements.get(i).totalMinor;
            }
        }
        return new Written(lines, amount);
    }

    /** A chunk whose lines differ from its statements is rolled back rather than written. */
    private static void requireEqual(Written expected, Written written) {
        if (!expected.equals(written)) {
            throw new IllegalStateException(
                    "statement lines "
                            + written
                            + " do not add up to the statements' "
                            + expected
                            + "; chunk rolled back");
        }
    }
}
