package com.creatorplatform.payout.live;

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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * PostgreSQL's notifications (NOTIFY, delivered on commit only): one listening connection per
 * service instance, shared by every channel and every watcher of it.
 */
@ApplicationScoped
public class DatabaseNotifications {

    private static final Logger LOG = Logger.getLogger(DatabaseNotifications.class);

    private final Map<String, BroadcastProcessor<String>> channels = new ConcurrentHashMap<>();
    private final PgSubscriber subscriber;
    private final Vertx vertx;

    DatabaseNotifications(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        var options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password.orElse(""));
        this.subscriber =
                PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
    }

    void start(@Observes StartupEvent started) {
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> LOG.info("listening for committed changes"),
                        failure ->
                                LOG.warnf(
                                        "cannot listen for committed changes (live updates paused until it can): %s",
                                        failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        subscriber.closeAndAwait();
    }

    /** The payloads notified on {@code channel} from now on, as they are committed. */
    public Multi<String> channel(String channel) {
        return channels.computeIfAbsent(
                channel,
                name -> {
                    BroadcastProcessor<String> payloads = BroadcastProcessor.create();
                    subscriber.channel(name).handler(payloads::onNext);
                    return payloads;
                });
    }

    /**
     * Each item read by {@code read}, one after another (what waits behind a slow reader is the
     * caller's overflow policy). Notifications arrive on the listening connection's event loop;
     * each read runs on a fresh safe duplicated context, as a database session needs.
     */
    public <N, T> Multi<T> readEach(Multi<N> items, Function<N, Uni<T>> read) {
        return items.onItem()
                .transformToUniAndConcatenate(item -> onFreshContext(() -> read.apply(item)));
    }

    private <T> Uni<T> onFreshContext(Supplier<Uni<T>> read) {
        return Uni.createFrom()
                .emitter(
                        emitter -> {
                            Context context =
                                    VertxContext.createNewDuplicatedContext(
                                            vertx.getDelegate().getOrCreateContext());
                            VertxContextSafetyToggle.setContextSafe(context, true);
                            context.runOnContext(
                                    ignored ->
                                            read.get()
                                                    .subscribe()
                                                    .with(emitter::complete, emitter::fail));
                        });
    }
}
