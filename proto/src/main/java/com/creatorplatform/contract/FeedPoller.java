package com.creatorplatform.contract;

import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Follows another service's feed (entries read after a cursor in a fixed order, such as
 * campaign-service's ListPublishedPosts) for one consumer. Delivery is at least once: the
 * consumer's stored cursor moves only in the transaction that applies the entries before it, so
 * after a failure or a crash the same entries are read again. The consumer applies each entry under
 * a unique key, so a repeat changes nothing: together, each entry takes effect exactly once. The
 * feed's service owes nothing to its consumers and need not know them.
 *
 * <p>While the feed or the consumer fails, rounds back off exponentially (up to a limit); each
 * failure is logged once, and so is the recovery.
 */
public final class FeedPoller<E> {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    /**
     * Entries read after a cursor, and the cursor after them (the same one when there are none).
     */
    public record Batch<E>(String after, List<E> entries, String next) {}

    /** Reads at most {@code limit} entries after the cursor ("" for the beginning of the feed). */
    @FunctionalInterface
    public interface Source<E> {
        Uni<Batch<E>> read(String after, int limit);
    }

    /** The consumer's side: where it stands, and how it applies what it read. */
    public interface Sink<E> {

        /** The stored cursor; "" before anything was applied. */
        Uni<String> cursor();

        /**
         * In one transaction, moves the stored cursor from {@code batch.after()} to {@code
         * batch.next()} and applies the entries, each idempotently (an entry may come again after a
         * failure). Answers false, changing nothing, when the stored cursor is no longer {@code
         * batch.after()}: another replica has applied the batch already.
         */
        Uni<Boolean> apply(Batch<E> batch);
    }

    /**
     * How a poller reads: entries per batch, and the first and the longest wait after a failure.
     */
    public record Settings(int batchSize, Duration backoff, Duration maxBackoff) {

        public Settings {
            if (batchSize < 1
                    || backoff.isNegative()
                    || backoff.isZero()
                    || maxBackoff.compareTo(backoff) < 0) {
                throw new IllegalArgumentException(
                        "feed settings need batchSize >= 1 and 0 < backoff <= maxBackoff");
            }
        }
    }

    private final String name;
    private final Source<E> source;
    private final Sink<E> sink;
    private final Settings settings;
    private final Clock clock;
    private final AtomicBoolean polling = new AtomicBoolean();

    /** Consecutive failed rounds; written only by the round in progress. */
    private int failures;

    private volatile Instant retryAt = Instant.MIN;

    /** When a round last read the feed to its end (at first, the poller's creation). */
    private volatile Instant caughtUpAt;

    public FeedPoller(String name, Source<E> source, Sink<E> sink, Settings settings, Clock clock) {
        this.name = name;
        this.source = source;
        this.sink = sink;
        this.settings = settings;
        this.clock = clock;
        this.caughtUpAt = clock.instant();
    }

    /**
     * How far behind the feed this consumer may be: the time since a round last read it to its end
     * (the consumers' {@code feed_lag_seconds} gauge). It grows while the feed or the consumer
     * fails, and while rounds stop coming.
     */
    public Duration lag() {
        return Duration.between(caughtUpAt, clock.instant());
    }

    /** Publishes {@link #lag()} as {@code feed_lag_seconds{feed}}. */
    public FeedPoller<E> measuredAs(String feed, MeterRegistry metrics) {
        Gauge.builder("feed.lag", this, poller -> poller.lag().toMillis() / 1000.0)
                .baseUnit("seconds")
                .tag("feed", feed)
                .description("Time since this consumer last read the feed to its end")
                .register(metrics);
        return this;
    }

    /**
     * One round: reads and applies batches until the feed has no more. Does nothing while a round
     * is in progress or while backing off after a failure. Answers how many entries the round
     * applied; never fails (a failure is logged and the next round retries from the stored cursor).
     */
    public Uni<Integer> poll() {
        if (clock.instant().isBefore(retryAt) || !polling.compareAndSet(false, true)) {
            return Uni.createFrom().item(0);
        }
        var applied = new AtomicInteger();
        return sink.cursor()
                .chain(cursor -> drain(cursor, applied))
                .map(
                        done -> {
                            recovered();
                            return applied.get();
                        })
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            failed(failure);
                            return applied.get();
                        })
                .eventually(() -> polling.set(false));
    }

    private Uni<Void> drain(String cursor, AtomicInteger applied) {
        return source.read(cursor, settings.batchSize())
                .chain(
                        batch -> {
                            if (batch.entries().isEmpty()) {
                                return Uni.createFrom().voidItem();
                            }
                            return sink.apply(batch)
                                    .chain(
                                            moved -> {
                                                if (!moved) {
                                                    LOG.debugf(
                                                            "%s: another poller applied the batch after %s; this round stops",
                                                            name, cursor);
                                                    return Uni.createFrom().voidItem();
                                                }
                                                applied.addAndGet(batch.entries().size());
                                                LOG.infof(
                                                        "%s: applied %d entries",
                                                        name, batch.entries().size());
                                                return batch.entries().size() < settings.batchSize()
                                                        ? Uni.createFrom().voidItem()
                                                        : drain(batch.next(), applied);
                                            });
                        });
    }

    private void recovered() {
        if (failures > 0) {
            LOG.infof("%s: working again after %d failed rounds", name, failures);
        }
        failures = 0;
        retryAt = Instant.MIN;
        caughtUpAt = clock.instant();
    }

    private void failed(Throwable failure) {
        failures++;
        Duration wait = backoff(failures);
        retryAt = clock.instant().plus(wait);
        if (failure instanceof StatusRuntimeException unreachable) {
            LOG.warnf(
                    "%s: the feed did not answer (%s: %s); retrying in %s (failure %d in a row)",
                    name,
                    unreachable.getStatus().getCode(),
                    unreachable.getStatus().getDescription(),
                    wait,
                    failures);
        } else {
            LOG.warnf(
                    failure,
                    "%s: the round failed; retrying in %s (failure %d in a row)",
                    name,
                    wait,
                    failures);
        }
    }

    /**
     * The wait after the n-th failure in a row: the first backoff, doubled each time, at most the
     * longest.
     */
    Duration backoff(int failuresInARow) {
        Duration wait = settings.backoff();
        for (int i = 1; i < failuresInARow && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }
}
