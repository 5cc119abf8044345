package com.creatorplatform.payout.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ledger entries as they are committed, from PostgreSQL's notifications (see migration V5): one
 * listening connection per service instance, shared by every watcher. Entries of any cause (orders,
 * post fees, adjustments, payouts) arrive the same way.
 */
@ApplicationScoped
public class LedgerWatch {

    /** An entry appended for a creator of a brand. */
    public record Appended(UUID brandId, UUID creatorId, UUID entryId) {}

    private static final Logger LOG = Logger.getLogger(LedgerWatch.class);
    private static final String CHANNEL = "ledger_entry";

    private final BroadcastProcessor<Appended> appended = BroadcastProcessor.create();
    private final PgSubscriber subscriber;
    private final Vertx vertx;

    /**
     * Open watches: a gauge (payout_live_watchers) for operators, and what tests wait on before
     * appending.
     */
    private final AtomicInteger watchers;

    LedgerWatch(
            Vertx vertx,
            MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.watchers = metrics.gauge("payout.live.watchers", new AtomicInteger());
        var options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password.orElse(""));
        this.subscriber =
                PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
    }

    void start(@Observes StartupEvent started) {
        subscriber.channel(CHANNEL).handler(this::announce);
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> LOG.info("watching ledger entries as they are committed"),
                        failure ->
                                LOG.warnf(
                                        "cannot listen for ledger entries (live earnings paused until it can): %s",
                                        failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        subscriber.closeAndAwait();
    }

    /**
     * Entries committed from now on for one creator of one brand, each read by {@code read} in
     * order. Notifications arrive on the listening connection's event loop; each read runs on a
     * fresh safe duplicated context, as a database session needs.
     */
    public <T> Multi<T> of(UUID brandId, UUID creatorId, Function<Appended, Uni<T>> read) {
        return appended.filter(a -> a.brandId().equals(brandId) && a.creatorId().equals(creatorId))
                // a watcher reading slower than its creator's entries arrive keeps up to this many
                // waiting
                .onOverflow()
                .buffer(1_000)
                .onItem()
                .transformToUniAndConcatenate(
                        a ->
                                Uni.createFrom()
                                        .<T>emitter(
                                                emitter -> {
                                                    Context context =
                                                            VertxContext.createNewDuplicatedContext(
                                                                    vertx.getDelegate()
                                                                            .getOrCreateContext());
                                                    VertxContextSafetyToggle.setContextSafe(
                                                            context, true);
                                                    context.runOnContext(
                                                            ignored ->
                                                                    read.apply(a)
                                                                            .subscribe()
                                                                            .with(
                                                                                    emitter
                                                                                            ::complete,
                                                                                    emitter::fail));
                                                }))
                .onSubscription()
                .invoke(subscription -> watchers.incrementAndGet())
                .onTermination()
                .invoke(watchers::decrementAndGet);
    }

    /** How many watches are open on this instance. */
    public int watchers() {
        return watchers.get();
    }

    private void announce(String payload) {
        String[] parts = payload.split(",");
        try {
            appended.onNext(
                    new Appended(
                            UUID.fromString(parts[0]),
                            UUID.fromString(parts[1]),
                            UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            LOG.warnf("ignored a malformed ledger notification: %s", payload);
        }
    }
}
