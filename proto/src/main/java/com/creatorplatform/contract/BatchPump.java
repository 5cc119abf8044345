package com.creatorplatform.contract;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work done in batches on a Vert.x timer (relays, delivery engines): one batch at a time
 * per instance, the next at once while batches come back full, a failure handed to {@code
 * onFailure} and retried at the next tick.
 */
public final class BatchPump {

    private final Supplier<Uni<Integer>> batch;
    private final int full;
    private final Consumer<Throwable> onFailure;
    private final AtomicBoolean busy = new AtomicBoolean();

    /**
     * @param batch does one batch, answering how many items it did
     * @param full the size of a full batch: more may be waiting
     */
    public BatchPump(Supplier<Uni<Integer>> batch, int full, Consumer<Throwable> onFailure) {
        this.batch = batch;
        this.full = full;
        this.onFailure = onFailure;
    }

    public void start(Vertx vertx, Duration every) {
        vertx.setPeriodic(every.toMillis(), tick -> run());
    }

    private void run() {
        if (busy.compareAndSet(false, true)) {
            batch.get()
                    .subscribe()
                    .with(
                            done -> {
                                busy.set(false);
                                if (done >= full) {
                                    run();
                                }
                            },
                            failure -> {
                                busy.set(false);
                                onFailure.accept(failure);
                            });
        }
    }
}
