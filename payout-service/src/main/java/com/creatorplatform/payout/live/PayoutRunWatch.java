package com.creatorplatform.payout.live;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Payout runs as they change (progress, status), from channel payout_run (see migration V7). */
@Startup // listens from the start, not from its first watcher
@ApplicationScoped
public class PayoutRunWatch {

    private final DatabaseNotifications notifications;
    private final Multi<String> changed;

    PayoutRunWatch(DatabaseNotifications notifications) {
        this.notifications = notifications;
        this.changed = notifications.channel("payout_run");
    }

    /**
     * The run read by {@code read} now and after each committed change, in order, up to and
     * including the first state that is {@code last}. Listening starts before the first read, so no
     * change is missed between them.
     */
    public <T> Multi<T> of(UUID brandId, UUID runId, Supplier<Uni<T>> read, Predicate<T> last) {
        String payload = brandId + "," + runId;
        Multi<String> signals =
                Multi.createBy()
                        .merging()
                        .streams(Multi.createFrom().item(payload), changed.filter(payload::equals));
        // a read sees at least every change signalled before it: signals waiting behind a slow
        // reader collapse into the latest
        Multi<T> states =
                notifications.readEach(
                        signals.onOverflow().dropPreviousItems(), signal -> read.get());
        return upTo(states, last);
    }

    private static <T> Multi<T> upTo(Multi<T> states, Predicate<T> last) {
        return Multi.createFrom()
                .emitter(
                        emitter -> {
                            var subscription =
                                    states.subscribe()
                                            .with(
                                                    state -> {
                                                        emitter.emit(state);
                                                        if (last.test(state)) {
                                                            emitter.complete();
                                                        }
                                                    },
                                                    emitter::fail,
                                                    emitter::complete);
                            emitter.onTermination(subscription::cancel);
                        });
    }
}
