package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.google.protobuf.InvalidProtocolBufferException;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;

/**
 * Order events for payout-service as the outbox stores them, in either table (ADR 0080): each a
 * serialized payout.v1.OrderEvent.
 */
final class OutboxEvent {

    private OutboxEvent() {}

    /**
     * The event as written with its change, stamped with when tracking recorded it: payouts count
     * an order's hold from no earlier, whatever date the shop gave its completion.
     */
    static byte[] stamped(OrderEvent event, Instant now) {
        return event.toBuilder().setRecordedAt(WireTypes.timestamp(now)).build().toByteArray();
    }

    /** The event of an outbox_event row read as plain SQL (columns event_id and payload). */
    static OrderEvent payloadOf(Row row) {
        return parse(row.getBuffer("payload").getBytes(), row.getString("event_id"));
    }

    /** A stored event; {@code row} names the row holding it when it is unreadable. */
    static OrderEvent parse(byte[] payload, Object row) {
        try {
            return OrderEvent.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("outbox row " + row + " holds an unreadable event", e);
        }
    }
}
