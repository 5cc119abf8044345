package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.WireTypes;
import com.google.protobuf.InvalidProtocolBufferException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An order event waiting for (or already given to) payout-service; written with the change it
 * describes.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "brand_id")
    public UUID brandId;

    /** A serialized payout.v1.OrderEvent. */
    public byte[] payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "refused_at")
    public Instant refusedAt;

    public String refusal;

    /**
     * The event written with its change, stamped with when tracking recorded it: payouts count an
     * order's hold from no earlier, whatever date the shop gave its completion.
     */
    public static OutboxEvent of(
            com.creatorplatform.proto.payout.v1.OrderEvent event, Instant now) {
        var outbox = new OutboxEvent();
        outbox.eventId = event.getEventId();
        outbox.brandId = UUID.fromString(event.getBrandId());
        outbox.payload =
                event.toBuilder().setRecordedAt(WireTypes.timestamp(now)).build().toByteArray();
        outbox.createdAt = now;
        return outbox;
    }

    /** The event of an outbox row read as plain SQL (columns event_id and payload). */
    static com.creatorplatform.proto.payout.v1.OrderEvent payloadOf(Row row) {
        try {
            return com.creatorplatform.proto.payout.v1.OrderEvent.parseFrom(
                    row.getBuffer("payload").getBytes());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(
                    "outbox event " + row.getString("event_id") + " is unreadable", e);
        }
    }
}
