package com.creatorplatform.gateway.support;

import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.google.protobuf.InvalidProtocolBufferException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * tracking-service's outbox of order events for payout-service, read and written over JDBC: the
 * rows of a transaction's events (outbox_batch) and the events of a row each (outbox_event), ADR
 * 0080.
 */
public final class PayoutOutbox {

    private PayoutOutbox() {}

    /** The brand's events in rows of a transaction's events, delivered or not, in outbox order. */
    public static List<OrderEvent> batchedEventsOf(String brandId) throws SQLException {
        return ServiceDatabases.query(
                        "tracking",
                        """
                        select e.payload from outbox_batch b, unnest(b.events) with ordinality e(payload, n)
                        order by b.created_at, b.id, e.n""",
                        PayoutOutbox::event)
                .stream()
                .filter(event -> event.getBrandId().equals(brandId))
                .toList();
    }

    /** Writes the events as one transaction of tracking-service would; answers the row's id. */
    public static long addBatch(List<OrderEvent> events) throws SQLException {
        var hex = HexFormat.of();
        return ServiceDatabases.query(
                        "tracking",
                        """
                        insert into outbox_batch (created_at, event_count, event_ids, events)
                        values (now(), cardinality(?::text[]), ?::text[],
                                array(select decode(h, 'hex') from unnest(?::text[]) with ordinality p(h, n) order by n))
                        returning id""",
                        row -> row.getLong(1),
                        events.stream().map(OrderEvent::getEventId).toArray(String[]::new),
                        events.stream().map(OrderEvent::getEventId).toArray(String[]::new),
                        events.stream()
                                .map(event -> hex.formatHex(event.toByteArray()))
                                .toArray(String[]::new))
                .get(0);
    }

    /** Rows of events not relayed yet, of any brand. */
    public static long undeliveredBatches() throws SQLException {
        return ServiceDatabases.query(
                        "tracking",
                        "select count(*) from outbox_batch where delivered_at is null",
                        row -> row.getLong(1))
                .get(0);
    }

    private static OrderEvent event(ResultSet row) throws SQLException {
        try {
            return OrderEvent.parseFrom(row.getBytes(1));
        } catch (InvalidProtocolBufferException e) {
            throw new SQLException("not an order event", e);
        }
    }
}
