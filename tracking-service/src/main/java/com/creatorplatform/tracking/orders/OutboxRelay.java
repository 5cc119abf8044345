package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.BatchPump;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.MutinyPayoutServiceGrpc.MutinyPayoutServiceStub;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.tracking.client.TrackingServiceIdentity;
import com.creatorplatform.tracking.orders.OutboxLane.Batch;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox to payout-service: at least once (an event stays undelivered until payout has
 * answered for it) and in the order written. payout-service applies each event id once, so a
 * delivery repeated after a crash changes nothing. One replica relays at a time: it sends under a
 * transaction-level advisory lock (the relay's lease), and a replica that finds it taken sends
 * nothing, so batches reach payout-service one after the other in the outbox's order, which its
 * budget cap spends in (ADR 0071). The outbox has two lanes (ADR 0080): a transaction's events in
 * one row, and events of a row each (set aside and replayed, or written by the previous release),
 * sent first. Under one lease the relay sends up to {@link #BATCHES_PER_LEASE} batches, and while
 * payout-service applies one it marks the previous one delivered and reads the next (ADR 0077):
 * tracking's own statements stay off the path from one batch to the next. A payout service that is
 * down delays commissions; it never loses them. payout-service refuses a whole batch when one event
 * is malformed: the batch is then sent one event at a time, and an event refused on its own is set
 * aside with the reason (and logged) instead of blocking the others; operators list and replay
 * set-aside events through {@link SetAsideEvents}.
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

    private static final int LEASE_SHARE = BATCH * BATCHES_PER_LEASE;

    /** The advisory lock's name: one relayer of the payout outbox at a time across replicas. */
    static final String LEASE = "tracking.outbox-relay.payout";

    private static final OutboxLane<String> EVENT_ROWS = new EventRowLane();
    private static final OutboxLane<Long> BATCH_ROWS = new BatchRowLane();

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
                                                                ? relayLanes(connection)
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

    /**
     * Events of a row each first (replays, and what the previous release wrote during a rolling
     * update), then the transactions' batches (ADR 0080).
     */
    private Uni<Run> relayLanes(SqlConnection connection) {
        return relayLane(connection, EVENT_ROWS, 0)
                .flatMap(
                        run ->
                                run.failure() != null || run.sent() >= LEASE_SHARE
                                        ? Uni.createFrom().item(run)
                                        : relayLane(connection, BATCH_ROWS, run.sent()));
    }

    private <K> Uni<Run> relayLane(SqlConnection connection, OutboxLane<K> lane, int sent) {
        return lane.first(connection, BATCH)
                .flatMap(first -> relayFrom(connection, lane, first, Batch.none(), sent));
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
     * Sends {@code batch} while the previous batch is marked delivered and the next one read, then
     * goes on with the next: until the lane has no more, the lease's share is sent, or
     * payout-service fails.
     */
    private <K> Uni<Run> relayFrom(
            SqlConnection connection,
            OutboxLane<K> lane,
            Batch<K> batch,
            Batch<K> previous,
            int sent) {
        if (batch.isEmpty()) {
            return markDelivered(connection, lane, previous).replaceWith(new Run(sent, null));
        }
        int total = sent + batch.events().size();
        Uni<Batch<K>> next =
                markDelivered(connection, lane, previous)
                        .chain(
                                () ->
                                        total < LEASE_SHARE
                                                ? lane.after(connection, BATCH, batch)
                                                : Uni.createFrom().item(Batch.<K>none()));
        return Uni.combine()
                .all()
                .unis(send(connection, batch.events()), next)
                .asTuple()
                .flatMap(
                        both ->
                                both.getItem1().failure() == null
                                        ? relayFrom(connection, lane, both.getItem2(), batch, total)
                                        : Uni.createFrom()
                                                .item(new Run(sent, both.getItem1().failure())));
    }

    private static <K> Uni<Void> markDelivered(
            SqlConnection connection, OutboxLane<K> lane, Batch<K> batch) {
        return batch.isEmpty()
                ? Uni.createFrom().voidItem()
                : lane.markDelivered(connection, batch);
    }

    /** Sending's outcome: null when payout-service has every event, else why it stopped. */
    private record Sent(Throwable failure) {}

    /**
     * Sends the events in rpcs of at most {@link #BATCH}; when payout-service refuses one, every
     * event alone, setting aside those refused on their own.
     */
    private Uni<Sent> send(SqlConnection connection, List<OrderEvent> events) {
        return Multi.createFrom()
                .iterable(Ids.inBatches(events))
                .onItem()
                .transformToUniAndConcatenate(this::apply)
                .collect()
                .last()
                .onFailure(GrpcCalls::refused)
                .recoverWithUni(
                        () ->
                                Multi.createFrom()
                                        .iterable(events)
                                        .onItem()
                                        .transformToUniAndConcatenate(
                                                event -> sendAlone(connection, event))
                                        .collect()
                                        .last())
                .replaceWith(new Sent(null))
                .onFailure()
                .recoverWithItem(Sent::new);
    }

    private Uni<Void> sendAlone(SqlConnection connection, OrderEvent event) {
        return apply(List.of(event))
                .onFailure(GrpcCalls::refused)
                .recoverWithUni(refusal -> setAside(connection, event, refusal));
    }

    private Uni<Void> apply(List<OrderEvent> events) {
        return payouts.withDeadlineAfter(5, TimeUnit.SECONDS)
                .applyOrderEvents(ApplyOrderEventsRequest.newBuilder().addAllEvents(events).build())
                .replaceWithVoid();
    }

    /**
     * Keeps the event as a row of its own with the refusal, wherever it was read from: {@link
     * SetAsideEvents} lists and replays it there.
     */
    private Uni<Void> setAside(SqlConnection connection, OrderEvent event, Throwable refusal) {
        LOG.errorf(
                "payout-service refused order event %s: %s; it is set aside in the outbox",
                event.getEventId(), refusal.getMessage());
        return connection
                .preparedQuery(
                        """
                        insert into outbox_event (event_id, brand_id, payload, created_at, refused_at, refusal)
                        values ($1, $2, $3, now(), now(), $4)
                        on conflict (event_id) do update set refused_at = excluded.refused_at, refusal = excluded.refusal""")
                .execute(
                        Tuple.of(
                                event.getEventId(),
                                UUID.fromString(event.getBrandId()),
                                Buffer.buffer(event.toByteArray()),
                                refusal.getMessage()))
                .replaceWithVoid();
    }
}
