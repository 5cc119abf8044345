package com.creatorplatform.tracking.support;

import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.google.protobuf.InvalidProtocolBufferException;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/** The order events the payout outbox holds, from both its tables (ADR 0080). */
public final class PayoutOutbox {

    private PayoutOutbox() {}

    /** Every event of the brand in the outbox, delivered or not: rows of one event first. */
    public static List<OrderEvent> eventsOf(Pool db, String brandId) {
        var events = new ArrayList<OrderEvent>();
        for (Row row :
                db.query("select payload from outbox_event order by created_at, event_id")
                        .execute()
                        .await()
                        .indefinitely()) {
            events.add(parse(row.getDelegate().getBuffer("payload")));
        }
        for (Row row :
                db.query("select events from outbox_batch order by created_at, id")
                        .execute()
                        .await()
                        .indefinitely()) {
            for (Buffer payload : row.getDelegate().getArrayOfBuffers("events")) {
                events.add(parse(payload));
            }
        }
        return events.stream().filter(e -> e.getBrandId().equals(brandId)).toList();
    }

    private static OrderEvent parse(Buffer payload) {
        try {
            return OrderEvent.parseFrom(payload.getBytes());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
