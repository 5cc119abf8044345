package com.creatorplatform.tracking.orders;

import com.creatorplatform.proto.payout.v1.OrderEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's events of a row each (outbox_event): those set aside and replayed, and those the
 * previous release wrote (ADR 0080). Set-aside events are not read.
 */
final class EventRowLane extends OutboxLane<String> {

    private static final String FIRST =
            """
            select event_id, payload, created_at from outbox_event where delivered_at is null and refused_at is null
            order by created_at, event_id limit $1 for update""";

    private static final String AFTER =
            """
            select event_id, payload, created_at from outbox_event where delivered_at is null and refused_at is null
              and created_at >= $2 and (created_at, event_id) > ($2, $3)
            order by created_at, event_id limit $1 for update""";

    EventRowLane() {
        super(FIRST, AFTER);
    }

    @Override
    Batch<String> batchOf(RowSet<Row> rows) {
        List<OrderEvent> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        OffsetDateTime last = null;
        for (Row row : rows) {
            events.add(OutboxEvent.payloadOf(row));
            ids.add(row.getString("event_id"));
            last = row.getOffsetDateTime("created_at");
        }
        return new Batch<>(events, ids, last);
    }

    @Override
    Uni<Void> markDelivered(SqlConnection connection, Batch<String> batch) {
        return connection
                .preparedQuery(
                        "update outbox_event set delivered_at = statement_timestamp()"
                                + " where event_id = any($1) and refused_at is null")
                .execute(Tuple.of(batch.rows().toArray(String[]::new)))
                .replaceWithVoid();
    }
}
