package com.creatorplatform.contract.webhook;

import com.creatorplatform.contract.BatchPump;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.TimeOrderedUuid;
import com.creatorplatform.contract.WireTypes;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The outbox of brand webhook events in a service that records facts (ADR 0056): the events of a
 * fact's transaction are written in that transaction ({@link #write}, {@link #writeAll}) to the
 * service's {@code webhook_outbox_batch} table, and a relay hands them over to campaign-service's
 * delivery engine, which keeps one event per id; so a fact's event is never lost, never sent for a
 * fact that was not stored, and a hand-over repeated after a crash changes nothing. A transaction's
 * events are one row (a JSON array), not a row each: a batch of hundreds of orders inserts and
 * later deletes one row (ADR 0075, third round). Rows are taken with SKIP LOCKED, so replicas relay
 * side by side, and deleted once handed over.
 */
public final class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);

    /** Rows (each a transaction's events) one relay batch takes. */
    private static final int ROWS = 8;

    private static final String INSERT =
            "INSERT INTO webhook_outbox_batch (id, created_at, events) VALUES ($1, $2, $3)";

    /** An event as written: its data object as JSON. */
    public record Event(
            String eventId, UUID brandId, String type, Instant occurredAt, String dataJson) {}

    private final Pool db;
    private final Function<List<Event>, Uni<?>> handOver;

    /** A relay handing batches of events over with {@code handOver} (campaign-service's rpc). */
    public WebhookOutbox(Pool db, Function<List<Event>, Uni<?>> handOver) {
        this.db = db;
        this.handOver = handOver;
    }

    /** Writes the event in the current Panache session's transaction. */
    public static Uni<Void> write(Event event, Instant now) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                // Hibernate names the positional parameters ?n
                                session.createNativeQuery(INSERT.replace('$', '?'))
                                        .setParameter(1, TimeOrderedUuid.at(now.toEpochMilli()))
                                        .setParameter(2, now)
                                        .setParameter(3, encode(List.of(event)))
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Writes the events, if any, in the caller's transaction on {@code db}: one row. */
    public static Uni<Void> writeAll(SqlClient db, List<Event> events, Instant now) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return db.preparedQuery(INSERT)
                .execute(
                        Tuple.of(
                                TimeOrderedUuid.at(now.toEpochMilli()),
                                now.atOffset(ZoneOffset.UTC),
                                encode(events)))
                .replaceWithVoid();
    }

    /** A row's events: a JSON array, each event's data kept as its JSON text. */
    static String encode(List<Event> events) {
        var array = new JsonArray();
        for (Event event : events) {
            array.add(
                    new JsonObject()
                            .put("eventId", event.eventId())
                            .put("brandId", event.brandId().toString())
                            .put("type", event.type())
                            .put("occurredAt", event.occurredAt().toString())
                            .put("data", event.dataJson()));
        }
        return array.encode();
    }

    /** The events of a row, as {@link #encode} wrote them. */
    static List<Event> decode(String row) {
        var array = new JsonArray(row);
        var events = new ArrayList<Event>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonObject event = array.getJsonObject(i);
            events.add(
                    new Event(
                            event.getString("eventId"),
                            UUID.fromString(event.getString("brandId")),
                            event.getString("type"),
                            Instant.parse(event.getString("occurredAt")),
                            event.getString("data")));
        }
        return events;
    }

    /**
     * Adds the events to {@code request}, a {@code PublishWebhookEventsRequest} builder of the
     * caller's stubs (webhook_v1.proto). Each service generates its own stubs from the contracts,
     * so this module knows the message by its fields' names only.
     */
    public static <B extends Message.Builder> B addTo(B request, List<Event> events) {
        FieldDescriptor field = request.getDescriptorForType().findFieldByName("events");
        for (Event event : events) {
            Message.Builder message = request.newBuilderForField(field);
            Descriptor type = message.getDescriptorForType();
            message.setField(type.findFieldByName("event_id"), event.eventId())
                    .setField(type.findFieldByName("brand_id"), event.brandId().toString())
                    .setField(type.findFieldByName("type"), event.type())
                    .setField(
                            type.findFieldByName("occurred_at"),
                            WireTypes.timestamp(event.occurredAt()))
                    .setField(type.findFieldByName("data_json"), event.dataJson());
            request.addRepeatedField(field, message.build());
        }
        return request;
    }

    /** Relays every {@code interval} on the Vert.x timer. */
    public void start(Vertx vertx, Duration interval) {
        new BatchPump(
                        this::relayBatch,
                        ROWS,
                        failure ->
                                LOG.warnf(
                                        "webhook events not handed over to campaign-service yet (%s); retrying",
                                        failure.getMessage()))
                .start(vertx, interval);
    }

    /**
     * Takes the oldest rows no other relay holds and deletes them in one statement, by their row
     * addresses (a churning outbox's statistics once led the planner to scan a whole index for each
     * id), hands their events over oldest first in rpcs of at most {@link Ids#MAX_BATCH}, and
     * commits; a failed hand-over rolls the delete back. Answers how many rows.
     */
    public Uni<Integer> relayBatch() {
        return db.withTransaction(
                connection ->
                        connection
                                .preparedQuery(
                                        "WITH taken AS (DELETE FROM webhook_outbox_batch WHERE ctid = ANY (ARRAY("
                                                + "SELECT ctid FROM webhook_outbox_batch WHERE refusal IS NULL"
                                                + " ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)) RETURNING *)"
                                                + " SELECT events FROM taken ORDER BY created_at, id")
                                .execute(Tuple.of(ROWS))
                                .flatMap(
                                        rows -> {
                                            List<Event> events = new ArrayList<>();
                                            for (Row row : rows) {
                                                events.addAll(decode(row.getString(0)));
                                            }
                                            return Multi.createFrom()
                                                    .iterable(Ids.inBatches(events))
                                                    .onItem()
                                                    .transformToUniAndConcatenate(this::handOver)
                                                    .collect()
                                                    .in(ArrayList<Refused>::new, List::addAll)
                                                    .flatMap(
                                                            refused ->
                                                                    setAside(connection, refused))
                                                    .replaceWith(rows.size());
                                        }));
    }

    /** An event campaign-service refused on its own, and why. */
    private record Refused(Event event, String refusal) {}

    /**
     * Hands a batch over in one rpc; when campaign-service refuses it, one event at a time, so that
     * one malformed event does not hold the others back. Answers the events refused on their own.
     */
    private Uni<List<Refused>> handOver(List<Event> batch) {
        return handOver.apply(batch)
                .replaceWith(List.<Refused>of())
                .onFailure(GrpcCalls::refused)
                .recoverWithUni(
                        () ->
                                Multi.createFrom()
                                        .iterable(batch)
                                        .onItem()
                                        .transformToUniAndConcatenate(
                                                event ->
                                                        handOver.apply(List.of(event))
                                                                .replaceWith(List.<Refused>of())
                                                                .onFailure(GrpcCalls::refused)
                                                                .recoverWithItem(
                                                                        refusal ->
                                                                                List.of(
                                                                                        new Refused(
                                                                                                event,
                                                                                                refusal
                                                                                                        .getMessage()))))
                                        .collect()
                                        .in(ArrayList<Refused>::new, List::addAll));
    }

    /**
     * Keeps each refused event as a row of its own with the refusal, which the relay passes over;
     * an operator clears the refusal once the cause is fixed, and the event is handed over again
     * (ADR 0078).
     */
    private static Uni<Void> setAside(SqlConnection connection, List<Refused> refused) {
        if (refused.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var now = Instant.now();
        List<Tuple> rows = new ArrayList<>();
        for (Refused each : refused) {
            LOG.errorf(
                    "campaign-service refused webhook event %s (%s): %s; it is set aside in webhook_outbox_batch",
                    each.event().eventId(), each.event().type(), each.refusal());
            rows.add(
                    Tuple.of(
                            TimeOrderedUuid.at(now.toEpochMilli()),
                            now.atOffset(ZoneOffset.UTC),
                            encode(List.of(each.event())),
                            each.refusal()));
        }
        return connection
                .preparedQuery(
                        "INSERT INTO webhook_outbox_batch (id, created_at, events, refusal) VALUES ($1, $2, $3, $4)")
                .executeBatch(rows)
                .replaceWithVoid();
    }
}
