package com.creatorplatform.tracking.orders;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox small and watched: delivered events (rows of one event and rows of a
 * transaction's events, ADR 0080) are deleted once older than the retention (kept that long to
 * answer "was it sent, and when"); events set aside as refused stay until a person deals with them.
 * The events still to relay are published as two gauges, {@code tracking_outbox_pending} (how many)
 * and {@code tracking_outbox_lag_seconds} (age of the oldest, 0 when none), read from the database
 * every interval.
 */
@ApplicationScoped
public class OutboxUpkeep {

    private static final Logger LOG = Logger.getLogger(OutboxUpkeep.class);
    // Deleted in slices so that no single statement holds many row locks or a long transaction: of
    // rows of one event, and of rows of up to a batch of events each.
    private static final int EVENTS_SLICE = 5000;
    private static final int BATCHES_SLICE = 100;

    private final Pool db;
    private final Vertx vertx;
    private final Clock clock;
    private final Duration retention;
    private final Duration interval;
    private final AtomicLong pending = new AtomicLong();
    // Epoch milliseconds of the oldest pending event's creation; 0 when there is none.
    private final AtomicLong oldestPending = new AtomicLong();

    OutboxUpkeep(
            Pool db,
            Vertx vertx,
            Clock clock,
            MeterRegistry metrics,
            @ConfigProperty(name = "tracking.outbox.retention", defaultValue = "P7D")
                    Duration retention,
            @ConfigProperty(name = "tracking.outbox.upkeep-interval", defaultValue = "PT5S")
                    Duration interval) {
        this.db = db;
        this.vertx = vertx;
        this.clock = clock;
        this.retention = retention;
        this.interval = interval;
        Gauge.builder("tracking.outbox.pending", pending, AtomicLong::get)
                .description("Order events not yet delivered to payout-service (nor set aside)")
                .register(metrics);
        Gauge.builder("tracking.outbox.lag", this, OutboxUpkeep::lagSeconds)
                .baseUnit("seconds")
                .description("Age of the oldest order event not yet delivered to payout-service")
                .register(metrics);
    }

    void start(@Observes StartupEvent startup) {
        vertx.setPeriodic(
                interval.toMillis(),
                id ->
                        measure()
                                .flatMap(measured -> purge())
                                .subscribe()
                                .with(
                                        purged -> {},
                                        failure ->
                                                LOG.warnf(
                                                        "outbox upkeep failed (%s); retrying",
                                                        failure.getMessage())));
    }

    /** Reads how many events wait and since when, for the gauges. */
    public Uni<Void> measure() {
        return db.query(
                        """
                        select sum(pending)::int8 as pending, min(oldest) as oldest from (
                          select count(*) as pending, min(created_at) as oldest from outbox_event
                          where delivered_at is null and refused_at is null
                          union all
                          select coalesce(sum(event_count), 0), min(created_at) from outbox_batch
                          where delivered_at is null) lanes""")
                .execute()
                .map(
                        rows -> {
                            Row row = rows.iterator().next();
                            OffsetDateTime oldest = row.getOffsetDateTime("oldest");
                            pending.set(row.getLong("pending"));
                            oldestPending.set(
                                    oldest == null ? 0 : oldest.toInstant().toEpochMilli());
                            return null;
                        });
    }

    /** Deletes delivered events older than the retention; answers how many rows. */
    public Uni<Long> purge() {
        OffsetDateTime cutoff =
                OffsetDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
        return purgeFrom("outbox_event", "event_id", EVENTS_SLICE, cutoff, 0)
                .flatMap(events -> purgeFrom("outbox_batch", "id", BATCHES_SLICE, cutoff, events));
    }

    private Uni<Long> purgeFrom(
            String table, String key, int slice, OffsetDateTime cutoff, long purgedSoFar) {
        return db.preparedQuery(
                        """
                        delete from %1$s where %2$s in (
                          select %2$s from %1$s where delivered_at < $1 limit $2)"""
                                .formatted(table, key))
                .execute(Tuple.of(cutoff, slice))
                .flatMap(
                        deleted ->
                                deleted.rowCount() == slice
                                        ? purgeFrom(table, key, slice, cutoff, purgedSoFar + slice)
                                        : Uni.createFrom().item(purgedSoFar + deleted.rowCount()));
    }

    private double lagSeconds() {
        long oldest = oldestPending.get();
        return oldest == 0 ? 0 : Math.max(0, clock.millis() - oldest) / 1000.0;
    }
}
