package com.creatorplatform.tracking.orders;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refund of an order; the brand's refund id (unique per brand) makes a repeated report
 * harmless.
 */
@Entity
@Table(name = "order_refund")
public class OrderRefund extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "refund_id")
    public String refundId;

    @Column(name = "order_ref")
    public UUID orderRef;

    @Column(name = "amount_minor")
    public long amountMinor;

    @Column(name = "refunded_at")
    public Instant refundedAt;

    public static OrderRefund of(
            CustomerOrder order, String refundId, long amountMinor, Instant at) {
        var refund = new OrderRefund();
        refund.id = UUID.randomUUID();
        refund.brandId = order.brandId;
        refund.refundId = refundId;
        refund.orderRef = order.id;
        refund.amountMinor = amountMinor;
        refund.refundedAt = at;
        return refund;
    }

    /** Whether a stored refund records the same thing as a repeated report of it. */
    public boolean sameAs(CustomerOrder order, long amount) {
        return orderRef.equals(order.id) && amountMinor == amount;
    }
}
