package com.creatorplatform.payout.repository;

import com.creatorplatform.payout.domain.OrderEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrderEventRepository implements PanacheRepositoryBase<OrderEvent, String> {

    /**
     * Stores the event unless its id is known, and tells whether it was new. ON CONFLICT keeps a
     * racing replay of the same event from applying it twice: the second insert waits, then finds
     * it stored.
     */
    public Uni<Boolean> insertOnce(OrderEvent event, Instant receivedAt) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        insert into order_event (event_id, brand_id, order_id, creator_id, campaign_id, post_id, offer_version_id, kind,
                                                 order_amount_minor, refund_amount_minor, currency, occurred_at, recorded_at,
                                                 received_at)
                        values (:event, :brand, :order, :creator, :campaign, :post, :offer, :kind, :amount, :refund, :currency, :at,
                                :recorded, :received)
                        on conflict (event_id) do nothing""")
                                        .setParameter("event", event.eventId)
                                        .setParameter("brand", event.brandId)
                                        .setParameter("order", event.orderId)
                                        .setParameter("creator", event.creatorId)
                                        .setParameter("campaign", event.campaignId)
                                        .setParameter("post", event.postId)
                                        .setParameter("offer", event.offerVersionId)
                                        .setParameter("kind", event.kind.name())
                                        .setParameter("amount", event.orderAmountMinor)
                                        .setParameter("refund", event.refundAmountMinor)
                                        .setParameter("currency", event.currency)
                                        .setParameter("at", event.occurredAt)
                                        .setParameter("recorded", event.recordedAt)
                                        .setParameter("received", receivedAt)
                                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<List<OrderEvent>> ofOrder(UUID brandId, String orderId) {
        return list("brandId = ?1 and orderId = ?2", brandId, orderId);
    }

    /**
     * Every event of the orders a creator completed under one offer version in the completion's
     * month.
     */
    public Uni<List<OrderEvent>> ofPeriod(OrderEvent completion) {
        var from = completion.period().atStartOfDay().toInstant(ZoneOffset.UTC);
        var to = completion.period().plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return list(
                """
                brandId = ?1 and orderId in (select c.orderId from OrderEvent c where c.brandId = ?1 and c.kind = ?2
                and c.creatorId = ?3 and c.offerVersionId = ?4 and c.currency = ?5 and c.occurredAt >= ?6 and c.occurredAt < ?7)""",
                completion.brandId,
                OrderEvent.Kind.COMPLETED,
                completion.creatorId,
                completion.offerVersionId,
                completion.currency,
                from,
                to);
    }
}
