package com.creatorplatform.tracking.orders;

import com.creatorplatform.proto.payout.v1.OrderEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's events of a transaction each in one row (outbox_batch, ADR 0080). A read takes whole
 * rows while they add up to at most the events asked for, and always the first: a row larger than
 * that is read alone.
 */
final class BatchRowLane extends OutboxLane<Long> {

    private static final String READ =
            """
            select id, created_at, events from outbox_batch
            where delivered_at is null and id = any(array(
              select id from (
                select id, event_count, sum(event_count) over (order by created_at, id) - event_count as before
                from (select id, created_at, event_count from outbox_batch where delivered_at is null %s
                      order by created_at, id limit $1) waiting) counted
              where before = 0 or before + event_count <= $1))
            order by created_at, id for update""";

    private static final String FIRST = READ.formatted("");

    private static final String AFTER =
            READ.formatted("and created_at >= $2 and (created_at, id) > ($2, $3)");

    BatchRowLane() {
        super(FIRST, AFTER);
    }

    @Override
    Batch<Long> batchOf(RowSet<Row> rows) {
        List<OrderEvent> events = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        OffsetDateTime last = null;
        for (Row row : rows) {
            long id = row.getLong("id");
            for (Buffer payload : row.getDelegate().getArrayOfBuffers("events")) {
                events.add(OutboxEvent.parse(payload.getBytes(), id));
            }
            ids.add(id);
            last = row.getOffsetDateTime("created_at");
        }
        return new Batch<>(events, ids, last);
    }

    @Override
    Uni<Void> markDelivered(SqlConnection connection, Batch<Long> batch) {
        return connection
                .preparedQuery(
                        "update outbox_batch set delivered_at = statement_timestamp() where id = any($1)")
                .execute(Tuple.of(batch.rows().toArray(Long[]::new)))
                .replaceWithVoid();
    }
}
