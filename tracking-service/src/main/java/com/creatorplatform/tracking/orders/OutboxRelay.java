package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.BatchPump;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.MutinyPayoutServiceGrpc.MutinyPayoutServiceStub;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.tracking.client.TrackingServiceIdentity;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox to payout-service: at least once (an event stays undelivered until payout has
 * answered for it) and in the order written. payout-service applies each event id once, so a
 * delivery repeated after a crash changes nothing. One replica relays at a time: each batch is sent
 * under a transaction-level advisory lock (the relay's lease), and a replica that finds it taken
 * sends nothing, so batches reach payout-service one after the other in the outbox's order, which
 * its budget cap spends in (ADR 0071). A payout service that is down delays commissions; it never
 * loses them. payout-service refuses a whole batch when one event is malformed: the batch is then
 * sent one event at a time, and an event refused on its own is set aside with the reason (and
 * logged) instead of blocking the others; operators list and replay set-aside events through {@link
 * SetAsideEvents}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = Ids.MAX_BATCH;

    /** The advisory lock's name: one relayer of the payout outbox at a time across replicas. */
    static final String LEASE = "tracking.outbox-relay.payout";

    private final Pool db;
    private final Vertx vertx;
    private final MutinyPayoutServiceStub payouts;
    private final boolean enabled;
    private final Duration interval;

    OutboxRelay(
            Pool db,
            Vertx vertx,
            @GrpcClient("payout") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyPayoutServiceStub payouts,
            @ConfigProperty(name = "tracking.outbox.relay.enabled", defaultValue = "true")
                    boolean enabled,
            @ConfigProperty(name = "tracking.outbox.relay.interval", defaultValue = "PT1S")
                    Duration interval) {
        this.db = db;
        this.vertx = vertx;
        this.payouts = payouts;
        this.enabled = enabled;
        this.interval = interval;
    }

    void start(@Observes StartupEvent startup) {
        if (enabled) {
            new BatchPump(
                            this::relayBatch,
                            BATCH,
                            failure ->
                                    LOG.warnf(
                                            "order events not delivered to payout-service yet (%s); retrying",
                                            failure.getMessage()))
                    .start(vertx, interval);
        }
    }

    /**
     * Sends one batch of undelivered events and marks them delivered; answers how many (none while
     * another replica holds the lease).
     */
    public Uni<Integer> relayBatch() {
        return db.withTransaction(
                connection ->
                        holdsLease(connection)
                                .flatMap(
                                        holds ->
                                                holds
                                                        ? relayBatch(connection)
                                                        : Uni.createFrom().item(0)));
    }

    /**
     * Takes the relay's lease until the transaction ends, unless another replica holds it. A
     * transaction's lock rather than a session's: it cannot outlive a crashed relayer, and it is
     * safe behind a transaction-pooling PgBouncer.
     */
    private static Uni<Boolean> holdsLease(SqlConnection connection) {
        return connection
                .preparedQuery("select pg_try_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(LEASE))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /**
     * The lease holder waits for an event another transaction holds (an operator's replay) rather
     * than skipping it: skipping would send later events first.
     */
    private Uni<Integer> relayBatch(SqlConnection connection) {
        return connection
                .preparedQuery(
                        """
                        select event_id, payload from outbox_event where delivered_at is null and refused_at is null
                        order by created_at, event_id limit $1 for update""")
                .execute(Tuple.of(BATCH))
                .flatMap(
                        rows -> {
                            List<OrderEvent> events = new ArrayList<>();
                            for (Row row : rows) {
                                events.add(OutboxEvent.payloadOf(row));
                            }
                            if (events.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            return deliver(connection, events)
                                    .onFailure(OutboxRelay::refused)
                                    .recoverWithUni(
                                            () ->
                                                    Multi.createFrom()
                                                            .iterable(events)
                                                            .onItem()
                                                            .transformToUniAndConcatenate(
                                                                    event ->
                                                                            deliver(
                                                                                            connection,
                                                                                            List.of(
                                                                                                    event))
                                                                                    .onFailure(
                                                                                            OutboxRelay
                                                                                                    ::refused)
                                                                                    .recoverWithUni(
                                                                                            refusal ->
                                                                                                    setAside(
                                                                                                            connection,
                                                                                                            event,
                                                                                                            refusal)))
                                                            .collect()
                                                            .last())
                                    .replaceWith(events.size());
                        });
    }

    private Uni<Void> deliver(SqlConnection connection, List<OrderEvent> events) {
        String[] ids = events.stream().map(OrderEvent::getEventId).toArray(String[]::new);
        return payouts.withDeadlineAfter(5, TimeUnit.SECONDS)
                .applyOrderEvents(ApplyOrderEventsRequest.newBuilder().addAllEvents(events).build())
                .flatMap(
                        applied ->
                                connection
                                        .preparedQuery(
                                                "update outbox_event set delivered_at = now() where event_id = any($1)")
                                        .execute(Tuple.of(ids)))
                .replaceWithVoid();
    }

    private Uni<Void> setAside(SqlConnection connection, OrderEvent event, Throwable refusal) {
        LOG.errorf(
                "payout-service refused order event %s: %s; it is set aside in the outbox",
                event.getEventId(), refusal.getMessage());
        return connection
                .preparedQuery(
                        "update outbox_event set refused_at = now(), refusal = $2 where event_id = $1")
                .execute(Tuple.of(event.getEventId(), refusal.getMessage()))
                .replaceWithVoid();
    }

    private static boolean refused(Throwable failure) {
        return failure instanceof StatusRuntimeException status
                && status.getStatus().getCode() == Status.Code.INVALID_ARGUMENT;
    }
}
