package com.creatorplatform.tracking.orders;

import com.creatorplatform.proto.payout.v1.OrderEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Rows of the payout outbox that {@link OutboxRelay} sends in their order, {@code (created_at,
 * key)}: one table of it. Reads lock the rows until the relay's transaction ends; a reader waits
 * for a row another transaction holds (an operator's replay) rather than skipping it, as skipping
 * would send later events first.
 *
 * @param <K> a row's key
 */
abstract class OutboxLane<K> {

    /** Events of some rows in order, the rows' keys, and the position of the last row. */
    record Batch<K>(List<OrderEvent> events, List<K> rows, OffsetDateTime lastCreatedAt) {

        static <K> Batch<K> none() {
            return new Batch<>(List.of(), List.of(), null);
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        K lastRow() {
            return rows.get(rows.size() - 1);
        }
    }

    private final String first;
    private final String after;

    /**
     * @param first the query of the first undelivered rows, by $1 (events)
     * @param after the same after a position, by $2 (created_at) and $3 (key)
     */
    OutboxLane(String first, String after) {
        this.first = first;
        this.after = after;
    }

    /** The first undelivered rows: about {@code events} events, at least one row when any waits. */
    final Uni<Batch<K>> first(SqlConnection connection, int events) {
        return connection.preparedQuery(first).execute(Tuple.of(events)).map(this::batchOf);
    }

    /** The undelivered rows after {@code previous}'s last, as {@link #first}. */
    final Uni<Batch<K>> after(SqlConnection connection, int events, Batch<K> previous) {
        return connection
                .preparedQuery(after)
                .execute(Tuple.of(events, previous.lastCreatedAt(), previous.lastRow()))
                .map(this::batchOf);
    }

    /** The events of rows read by either query, in order. */
    abstract Batch<K> batchOf(RowSet<Row> rows);

    /** Marks the batch's rows delivered, but not an event in them set aside meanwhile. */
    abstract Uni<Void> markDelivered(SqlConnection connection, Batch<K> batch);
}
