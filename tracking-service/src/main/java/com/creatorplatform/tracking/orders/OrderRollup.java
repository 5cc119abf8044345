package com.creatorplatform.tracking.orders;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Adds order changes to the daily order rollup, inside the caller's transaction so the two never
 * drift.
 */
@ApplicationScoped
public class OrderRollup {

    private static final String UPSERT =
            """
            insert into order_daily (brand_id, day, campaign_id, creator_id, post_id, platform, currency, orders, revenue_minor,
                                     refunds, refunded_minor)
            values (:brand, :day, :campaign, :creator, :post, :platform, :currency, :orders, :revenue, :refunds, :refunded)
            on conflict (brand_id, day, campaign_id, creator_id, post_id, platform, currency) do update
            set orders = order_daily.orders + excluded.orders,
                revenue_minor = order_daily.revenue_minor + excluded.revenue_minor,
                refunds = order_daily.refunds + excluded.refunds,
                refunded_minor = order_daily.refunded_minor + excluded.refunded_minor""";

    public Uni<Void> add(Optional<OrderFigures.Change> change) {
        if (change.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var c = change.get();
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(UPSERT)
                                        .setParameter("brand", c.brandId())
                                        .setParameter("day", c.day())
                                        .setParameter("campaign", c.campaignId())
                                        .setParameter("creator", c.creatorId())
                                        .setParameter("post", c.postId())
                                        .setParameter("platform", c.platform())
                                        .setParameter("currency", c.currency())
                                        .setParameter("orders", c.orders())
                                        .setParameter("revenue", c.revenueMinor())
                                        .setParameter("refunds", c.refunds())
                                        .setParameter("refunded", c.refundedMinor())
                                        .executeUpdate())
                .replaceWithVoid();
    }
}
