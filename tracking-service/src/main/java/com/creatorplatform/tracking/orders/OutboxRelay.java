package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.BatchPump;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.MutinyPayoutServiceGrpc.MutinyPayoutServiceStub;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.tracking.client.TrackingServiceIdentity;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox to payout-service: at least once (an event stays undelivered until payout has
 * answered for it) and in the order written. payout-service applies each event id once, so a
 * delivery repeated after a crash changes nothing. One replica relays at a time: it sends under a
 * transaction-level advisory lock (the relay's lease), and a replica that finds it taken sends
 * nothing, so batches reach payout-service one after the other in the outbox's order, which its
 * budget cap spends in (ADR 0071). Under one lease the relay sends up to {@link #BATCHES_PER_LEASE}
 * batches, and while payout-service applies one it marks the previous one delivered and reads the
 * next (ADR 0077): tracking's own statements stay off the path from one batch to the next. A payout
 * service that is down delays commissions; it never loses them. payout-service refuses a whole
 * batch when one event is malformed: the batch is then sent one event at a time, and an event
 * refused on its own is set aside with the reason (and logged) instead of blocking the others;
 * operators list and replay set-aside events through {@link SetAsideEvents}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = Ids.MAX_BATCH;

    /**
     * Batches sent under one lease, in one transaction: bounds how long its row locks are held and
     * what a crash sends again.
     */
    static final int BATCHES_PER_LEASE = 20;

    /** The advisory lock's name: one relayer of the payout outbox at a time across replicas. */
    static final String LEASE = "tracking.outbox-relay.payout";

    private static final String FIRST =
            """
            select event_id, payload, created_at from outbox_event where delivered_at is null and refused_at is null
            order by created_at, event_id limit $1 for update""";

    private static final String AFTER =
            """
            select event_id, payload, created_at from outbox_event where delivered_at is null and refused_at is null
              and created_at >= $2 and (created_at, event_id) > ($2, $3)
            order by created_at, event_id limit $1 for update""";

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
                            this::relay,
                            BATCH * BATCHES_PER_LEASE,
                            failure ->
                                    LOG.warnf(
                                            "order events not delivered to payout-service yet (%s); retrying",
                                            failure.getMessage()))
                    .start(vertx, interval);
        }
    }

    /**
     * Sends undelivered events under the lease and marks them delivered; answers how many (none
     * while another replica holds the lease). When payout-service cannot be reached, what it
     * answered for before stays marked and the failure is reported.
     */
    public Uni<Integer> relay() {
        return db.withTransaction(
                        connection ->
                                holdsLease(connection)
                                        .flatMap(
                                                holds ->
                                                        holds
                                                                ? read(
                                                                                connection,
                                                                                FIRST,
                                                                                Tuple.of(BATCH))
                                                                        .flatMap(
                                                                                first ->
                                                                                        relayFrom(
                                                                                                connection,
                                                                                                first,
                                                                                                NOTHING,
                                                                                                0))
                                                                : Uni.createFrom()
                                                                        .item(new Run(0, null))))
                .flatMap(Run::outcome);
    }

    /** What a lease's transaction did: the events sent, and the failure that ended it early. */
    private record Run(int sent, Throwable failure) {
        Uni<Integer> outcome() {
            return failure == null
                    ? Uni.createFrom().item(sent)
                    : Uni.createFrom().failure(failure);
        }
    }

    /** Events read in the outbox's order, and the position of the last. */
    private record Batch(List<OrderEvent> events, OffsetDateTime lastCreatedAt) {
        boolean full() {
            return events.size() == BATCH;
        }

        String lastEventId() {
            return events.get(events.size() - 1).getEventId();
        }
    }

    /** What sending a batch left to mark delivered, or the failure that stopped it. */
    private record Sent(String[] toMark, Throwable failure) {}

    private static final String[] NOTHING = {};

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
     * Sends {@code batch} while the previous batch is marked delivered and the next one read, then
     * goes on with the next: until a batch comes back short, the lease's share is sent, or
     * payout-service fails.
     */
    private Uni<Run> relayFrom(SqlConnection connection, Batch batch, String[] previous, int sent) {
        if (batch.events().isEmpty()) {
            return markDelivered(connection, previous).replaceWith(new Run(sent, null));
        }
        int total = sent + batch.events().size();
        boolean more = batch.full() && total < BATCH * BATCHES_PER_LEASE;
        Uni<Batch> next =
                markDelivered(connection, previous)
                        .chain(
                                () ->
                                        more
                                                ? read(
                                                        connection,
                                                        AFTER,
                                                        Tuple.of(
                                                                BATCH,
                                                                batch.lastCreatedAt(),
                                                                batch.lastEventId()))
                                                : Uni.createFrom()
                                                        .item(new Batch(List.of(), null)));
        return Uni.combine()
                .all()
                .unis(send(connection, batch.events()), next)
                .asTuple()
                .flatMap(
                        both ->
                                both.getItem1().failure() == null
                                        ? relayFrom(
                                                connection,
                                                both.getItem2(),
                                                both.getItem1().toMark(),
                                                total)
                                        : Uni.createFrom()
                                                .item(new Run(sent, both.getItem1().failure())));
    }

    /**
     * The lease holder waits for an event another transaction holds (an operator's replay) rather
     * than skipping it: skipping would send later events first.
     */
    private static Uni<Batch> read(SqlConnection connection, String sql, Tuple arguments) {
        return connection
                .preparedQuery(sql)
                .execute(arguments)
                .map(
                        rows -> {
                            List<OrderEvent> events = new ArrayList<>();
                            OffsetDateTime last = null;
                            for (Row row : rows) {
                                events.add(OutboxEvent.payloadOf(row));
                                last = row.getOffsetDateTime("created_at");
                            }
                            return new Batch(events, last);
                        });
    }

    /**
     * Sends the batch in one rpc; when payout-service refuses it, one event at a time, each marked
     * delivered or set aside on its own.
     */
    private Uni<Sent> send(SqlConnection connection, List<OrderEvent> events) {
        return apply(events)
                .replaceWith(
                        new Sent(
                                events.stream().map(OrderEvent::getEventId).toArray(String[]::new),
                                null))
                .onFailure(GrpcCalls::refused)
                .recoverWithUni(
                        () ->
                                Multi.createFrom()
                                        .iterable(events)
                                        .onItem()
                                        .transformToUniAndConcatenate(
                                                event -> sendAlone(connection, event))
                                        .collect()
                                        .last()
                                        .replaceWith(new Sent(NOTHING, null)))
                .onFailure()
                .recoverWithItem(failure -> new Sent(NOTHING, failure));
    }

    private Uni<Void> sendAlone(SqlConnection connection, OrderEvent event) {
        return apply(List.of(event))
                .chain(() -> markDelivered(connection, new String[] {event.getEventId()}))
                .onFailure(GrpcCalls::refused)
                .recoverWithUni(refusal -> setAside(connection, event, refusal));
    }

    private Uni<Void> apply(List<OrderEvent> events) {
        return payouts.withDeadlineAfter(5, TimeUnit.SECONDS)
                .applyOrderEvents(ApplyOrderEventsRequest.newBuilder().addAllEvents(events).build())
                .replaceWithVoid();
    }

    private static Uni<Void> markDelivered(SqlConnection connection, String[] ids) {
        if (ids.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery(
                        "update outbox_event set delivered_at = statement_timestamp() where event_id = any($1)")
                .execute(Tuple.of(ids))
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
}
