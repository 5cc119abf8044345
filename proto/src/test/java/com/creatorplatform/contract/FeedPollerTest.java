package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedPollerTest {

    /** A feed of numbered entries whose cursor is the last number read; it can be switched off. */
    private static final class Feed implements FeedPoller.Source<Integer> {
        final List<Integer> entries = new ArrayList<>();
        boolean down;
        int reads;

        @Override
        public Uni<FeedPoller.Batch<Integer>> read(String after, int limit) {
            reads++;
            if (down) {
                return Uni.createFrom()
                        .failure(
                                Status.UNAVAILABLE
                                        .withDescription("connection refused")
                                        .asRuntimeException());
            }
            int from = after.isEmpty() ? 0 : Integer.parseInt(after);
            var batch = entries.stream().filter(e -> e > from).limit(limit).toList();
            return Uni.createFrom()
                    .item(
                            new FeedPoller.Batch<>(
                                    after,
                                    batch,
                                    batch.isEmpty()
                                            ? after
                                            : batch.get(batch.size() - 1).toString()));
        }
    }

    /**
     * A consumer that keeps what it applied once per entry, and can fail the first applications, or
     * lose the race to another replica.
     */
    private static final class Consumer implements FeedPoller.Sink<Integer> {
        String cursor = "";
        final Set<Integer> applied = new LinkedHashSet<>();
        final List<Integer> deliveries = new ArrayList<>();
        int failuresToCome;
        String movedByAnotherReplica;

        @Override
        public Uni<String> cursor() {
            return Uni.createFrom().item(cursor);
        }

        @Override
        public Uni<Boolean> apply(FeedPoller.Batch<Integer> batch) {
            if (movedByAnotherReplica != null) {
                cursor = movedByAnotherReplica;
                movedByAnotherReplica = null;
            }
            if (!cursor.equals(batch.after())) {
                return Uni.createFrom().item(false);
            }
            deliveries.addAll(batch.entries());
            if (failuresToCome > 0) {
                failuresToCome--;
                return Uni.createFrom()
                        .failure(
                                new IllegalStateException(
                                        "database went away")); // rolled back: nothing kept
            }
            applied.addAll(batch.entries());
            cursor = batch.next();
            return Uni.createFrom().item(true);
        }
    }

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Feed feed = new Feed();
    private final Consumer consumer = new Consumer();
    private final TestClock clock = new TestClock();
    private final FeedPoller<Integer> poller =
            new FeedPoller<>(
                    "test feed",
                    feed,
                    consumer,
                    new FeedPoller.Settings(2, Duration.ofSeconds(5), Duration.ofSeconds(30)),
                    clock);

    private int poll() {
        return poller.poll().await().indefinitely();
    }

    @Test
    void aRoundReadsBatchAfterBatchUntilTheFeedHasNoMoreAndTheNextRoundStartsWhereItStopped() {
        feed.entries.addAll(List.of(1, 2, 3, 4, 5));

        assertEquals(5, poll());
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(consumer.applied));
        assertEquals("5", consumer.cursor);
        assertEquals(3, feed.reads, "two full batches, then one with a single entry");

        assertEquals(0, poll());
        feed.entries.add(6);
        assertEquals(1, poll());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), consumer.deliveries);
    }

    @Test
    void aBatchThatFailedToApplyIsReadAgainAfterTheBackoffAndTakesEffectOnce() {
        feed.entries.addAll(List.of(1, 2, 3));
        consumer.failuresToCome = 1;

        assertEquals(0, poll());
        assertEquals("", consumer.cursor);
        clock.now = clock.now.plusSeconds(4);
        assertEquals(0, poll(), "still backing off");
        clock.now = clock.now.plusSeconds(1);
        assertEquals(3, poll());

        assertEquals(List.of(1, 2, 1, 2, 3), consumer.deliveries, "at least once");
        assertEquals(List.of(1, 2, 3), List.copyOf(consumer.applied), "exactly once in effect");
    }

    @Test
    void whileTheFeedIsDownRoundsBackOffDoublingUpToTheLimitAndStartAgainAtOnceWhenItIsBack() {
        feed.entries.add(1);
        feed.down = true;
        var waits = new ArrayList<Long>();
        for (int failure = 0; failure < 5; failure++) {
            int readsBefore = feed.reads;
            long waited = 0;
            while (feed.reads == readsBefore) {
                poll();
                clock.now = clock.now.plusSeconds(1);
                waited++;
            }
            waits.add(waited);
        }
        assertEquals(
                List.of(1L, 5L, 10L, 20L, 30L),
                waits,
                "the first round fails at once, then 5 s, 10 s, 20 s and at most 30 s");

        feed.down = false;
        clock.now = clock.now.plusSeconds(30);
        assertEquals(1, poll());
        feed.entries.add(2);
        assertEquals(1, poll(), "no backoff left after a good round");
    }

    @Test
    void
            whenAnotherReplicaMovedTheCursorTheRoundStopsWithoutApplyingAndTheNextOneContinuesFromThere() {
        feed.entries.addAll(List.of(1, 2, 3));
        consumer.movedByAnotherReplica = "2";

        assertEquals(0, poll());
        assertEquals(Set.of(), consumer.applied);
        assertEquals(1, poll());
        assertEquals(List.of(3), List.copyOf(consumer.applied));
    }

    @Test
    void theLagGrowsWhileRoundsFailAndDropsToNothingWhenARoundReadsTheFeedToItsEnd() {
        feed.entries.add(1);
        feed.down = true;
        poll();
        clock.now = clock.now.plusSeconds(40);
        poll();
        assertEquals(Duration.ofSeconds(40), poller.lag());

        feed.down = false;
        clock.now = clock.now.plusSeconds(30);
        assertEquals(1, poll());
        assertEquals(Duration.ZERO, poller.lag());
        clock.now = clock.now.plusSeconds(3);
        assertEquals(Duration.ofSeconds(3), poller.lag());
    }

    @Test
    void theBackoffDoublesFromTheFirstWaitUpToTheLongest() {
        assertEquals(Duration.ofSeconds(5), poller.backoff(1));
        assertEquals(Duration.ofSeconds(20), poller.backoff(3));
        assertEquals(Duration.ofSeconds(30), poller.backoff(4));
        assertEquals(Duration.ofSeconds(30), poller.backoff(1_000));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FeedPoller.Settings(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new FeedPoller.Settings(10, Duration.ofSeconds(3), Duration.ofSeconds(2)));
    }
}
