package com.creatorplatform.payout.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Ledger entries as they are committed, from channel ledger_entry (see migration V5). Entries of
 * any cause (orders, post fees, adjustments, payouts) arrive the same way.
 */
@Startup // listens from the start, not from its first watcher
@ApplicationScoped
public class LedgerWatch {

    /** An entry appended for a creator of a brand. */
    public record Appended(UUID brandId, UUID creatorId, UUID entryId) {}

    private static final Logger LOG = Logger.getLogger(LedgerWatch.class);

    private final DatabaseNotifications notifications;
    private final Multi<Appended> appended;

    /**
     * Open watches: a gauge (payout_live_watchers) for operators, and what tests wait on before
     * appending.
     */
    private final AtomicInteger watchers;

    LedgerWatch(DatabaseNotifications notifications, MeterRegistry metrics) {
        this.notifications = notifications;
        this.appended =
                notifications
                        .channel("ledger_entry")
                        .map(LedgerWatch::parse)
                        .filter(a -> a != null);
        this.watchers = metrics.gauge("payout.live.watchers", new AtomicInteger());
    }

    /** Entries committed from now on for one creator of one brand, each read by {@code read}. */
    public <T> Multi<T> of(UUID brandId, UUID creatorId, Function<Appended, Uni<T>> read) {
        var ofCreator =
                appended.filter(
                        a -> a.brandId().equals(brandId) && a.creatorId().equals(creatorId));
        // a watcher reading slower than its creator's entries arrive keeps up to this many waiting
        return notifications
                .readEach(ofCreator.onOverflow().buffer(1_000), read)
                .onSubscription()
                .invoke(subscription -> watchers.incrementAndGet())
                .onTermination()
                .invoke(watchers::decrementAndGet);
    }

    /** How many watches are open on this instance. */
    public int watchers() {
        return watchers.get();
    }

    private static Appended parse(String payload) {
        String[] parts = payload.split(",");
        try {
            return new Appended(
                    UUID.fromString(parts[0]),
                    UUID.fromString(parts[1]),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            LOG.warnf("ignored a malformed ledger notification: %s", payload);
            return null;
        }
    }
}
