package com.creatorplatform.tracking.orders;

import io.grpc.Context;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Requests that are stored together (ADR 0075): each caller's request joins the queue, and one
 * batch at a time takes everything queued (up to a maximum) and stores it in one transaction; each
 * caller is answered only when its batch has committed, so an answer still means "stored". There is
 * no timer: a request arriving while the database is idle is written at once, alone; under load the
 * queue fills while the previous batch is written, so batches grow with the load.
 *
 * @param <T> a request
 * @param <R> what its caller is answered
 */
final class GroupCommit<T, R> {

    /** A request in a batch; the batch's writer sets its answer or its own failure. */
    static final class Item<T, R> {
        final T request;
        private final UniEmitter<? super R> caller;
        private R answer;
        private Throwable failure;
        private boolean settled;

        private Item(T request, UniEmitter<? super R> caller) {
            this.request = request;
            this.caller = caller;
        }

        void answer(R value) {
            if (!settled) {
                answer = value;
                settled = true;
            }
        }

        void fail(Throwable why) {
            if (!settled) {
                failure = why;
                settled = true;
            }
        }

        boolean settled() {
            return settled;
        }

        private void reply(Throwable batchFailure) {
            if (failure != null) {
                caller.fail(failure);
            } else if (settled) {
                caller.complete(answer);
            } else {
                caller.fail(
                        batchFailure != null
                                ? batchFailure
                                : new IllegalStateException("the batch left a request unanswered"));
            }
        }
    }

    private final int maxBatch;
    private final Function<List<Item<T, R>>, Uni<Void>> writer;
    private final Queue<Item<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    /**
     * @param writer stores a batch, setting each item's answer or failure; a failure of the whole
     *     batch fails every item it left unsettled
     */
    GroupCommit(int maxBatch, Function<List<Item<T, R>>, Uni<Void>> writer) {
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    Uni<R> submit(T request) {
        return Uni.createFrom()
                .emitter(
                        caller -> {
                            queue.add(new Item<>(request, caller));
                            writeNext();
                        });
    }

    private void writeNext() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        var batch = new ArrayList<Item<T, R>>();
        Item<T, R> item;
        while (batch.size() < maxBatch && (item = queue.poll()) != null) {
            batch.add(item);
        }
        if (batch.isEmpty()) {
            writing.set(false);
            // A request queued after the poll and before the flag was cleared found it set.
            if (!queue.isEmpty()) {
                writeNext();
            }
            return;
        }
        detached(() -> write(batch));
    }

    private void write(List<Item<T, R>> batch) {
        Uni<Void> written;
        try {
            written = writer.apply(batch);
        } catch (RuntimeException failure) {
            written = Uni.createFrom().failure(failure);
        }
        written.subscribe().with(done -> finish(batch, null), failure -> finish(batch, failure));
    }

    /**
     * Runs a batch on a new Vert.x duplicated context (its own locals), outside the gRPC context of
     * the caller whose request happened to start it: a batch serves many callers, and gRPC cancels
     * a call's context when the call ends, which cancelled the batch's calls to campaign-service
     * (and the next batches', run on the same context) and failed every report in them.
     */
    private static void detached(Runnable work) {
        io.vertx.core.Context current = Vertx.currentContext();
        if (current == null) {
            Context.ROOT.run(work);
        } else {
            VertxContext.createNewDuplicatedContext(current).runOnContext(ignored -> work.run());
        }
    }

    private void finish(List<Item<T, R>> batch, Throwable failure) {
        writing.set(false);
        batch.forEach(item -> item.reply(failure));
        writeNext();
    }
}
