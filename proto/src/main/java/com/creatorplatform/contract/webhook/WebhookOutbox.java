package com.creatorplatform.contract.webhook;

import com.creatorplatform.contract.BatchPump;
import com.creatorplatform.contract.WireTypes;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The outbox of brand webhook events in a service that records facts (ADR 0056): an event is
 * written in the fact's own transaction ({@link #write}) to the service's {@code webhook_outbox}
 * table, and a relay hands it over to campaign-service's delivery engine, which keeps one event per
 * id; so a fact's event is never lost, never sent for a fact that was not stored, and a hand-over
 * repeated after a crash changes nothing. Rows are taken with SKIP LOCKED, so replicas relay side
 * by side, and deleted once handed over.
 */
public final class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);
    private static final int BATCH = 200;

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

    /**
     * Writes the event in the current Panache session's transaction; an event id written before is
     * kept as it was.
     */
    public static Uni<Void> write(Event event, Instant now) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "INSERT INTO webhook_outbox (event_id, brand_id, type, occurred_at, data_json, created_at)"
                                                        + " VALUES (:id, :brand, :type, :occurred, :data, :now)"
                                                        + " ON CONFLICT (event_id) DO NOTHING")
                                        .setParameter("id", event.eventId())
                                        .setParameter("brand", event.brandId())
                                        .setParameter("type", event.type())
                                        .setParameter("occurred", event.occurredAt())
                                        .setParameter("data", event.dataJson())
                                        .setParameter("now", now)
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Writes the events in the caller's transaction on {@code db} in one statement (an array per
     * column); an event id written before is kept as it was.
     */
    public static Uni<Void> writeAll(SqlClient db, List<Event> events, Instant now) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = events.size();
        var ids = new String[n];
        var brands = new UUID[n];
        var types = new String[n];
        var occurred = new OffsetDateTime[n];
        var data = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            ids[i] = e.eventId();
            brands[i] = e.brandId();
            types[i] = e.type();
            occurred[i] = e.occurredAt().atOffset(ZoneOffset.UTC);
            data[i] = e.dataJson();
        }
        return db.preparedQuery(
                        "INSERT INTO webhook_outbox (event_id, brand_id, type, occurred_at, data_json, created_at)"
                                + " SELECT e.*, $6::timestamptz FROM unnest($1::text[], $2::uuid[], $3::text[],"
                                + " $4::timestamptz[], $5::text[]) AS e ON CONFLICT (event_id) DO NOTHING")
                .execute(Tuple.of(ids, brands, types, occurred, data, now.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
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
                        BATCH,
                        failure ->
                                LOG.warnf(
                                        "webhook events not handed over to campaign-service yet (%s); retrying",
                                        failure.getMessage()))
                .start(vertx, interval);
    }

    /**
     * Takes the oldest rows no other relay holds and deletes them in one statement, by their row
     * addresses (a churning outbox's statistics once led the planner to find ids by scanning the
     * whole (created_at, event_id) index for each), hands them over oldest first, and commits; a
     * failed hand-over rolls the delete back. Answers how many.
     */
    public Uni<Integer> relayBatch() {
        return db.withTransaction(
                connection ->
                        connection
                                .preparedQuery(
                                        "WITH taken AS (DELETE FROM webhook_outbox WHERE ctid = ANY (ARRAY("
                                                + "SELECT ctid FROM webhook_outbox ORDER BY created_at, event_id"
                                                + " LIMIT $1 FOR UPDATE SKIP LOCKED)) RETURNING *)"
                                                + " SELECT event_id, brand_id, type, occurred_at, data_json FROM taken"
                                                + " ORDER BY created_at, event_id")
                                .execute(Tuple.of(BATCH))
                                .flatMap(
                                        rows -> {
                                            List<Event> events = new ArrayList<>();
                                            for (Row row : rows) {
                                                events.add(
                                                        new Event(
                                                                row.getString("event_id"),
                                                                row.getUUID("brand_id"),
                                                                row.getString("type"),
                                                                row.getOffsetDateTime("occurred_at")
                                                                        .toInstant(),
                                                                row.getString("data_json")));
                                            }
                                            if (events.isEmpty()) {
                                                return Uni.createFrom().item(0);
                                            }
                                            return handOver.apply(events)
                                                    .replaceWith(events.size());
                                        }));
    }
}
