package com.creatorplatform.tracking.orders;

import com.creatorplatform.tracking.client.BrandSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Adds order changes to the daily order rollup, inside the caller's transaction so the two never
 * drift, on the day in the brand's time zone (ADR 0066). A completion's day is kept on the order,
 * so that a later cancellation takes it back from the same day even if the brand's zone changed.
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

    private final BrandSettings brands;

    OrderRollup(BrandSettings brands) {
        this.brands = brands;
    }

    /** Adds the change of {@code order} (managed by the caller's session), if any. */
    public Uni<Void> add(CustomerOrder order, Optional<OrderFigures.Change> change) {
        if (change.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var c = change.get();
        return brands.zone(c.brandId())
                .map(
                        zone -> {
                            var day = c.dayIn(zone);
                            if (c.countsTheOrder()) {
                                order.countedOn = day;
                            }
                            return day;
                        })
                .flatMap(day -> Panache.getSession().flatMap(session -> upsert(session, c, day)))
                .replaceWithVoid();
    }

    private static Uni<Integer> upsert(
            Mutiny.Session session, OrderFigures.Change c, LocalDate day) {
        return session.createNativeQuery(UPSERT)
                .setParameter("brand", c.brandId())
                .setParameter("day", day)
                .setParameter("campaign", c.campaignId())
                .setParameter("creator", c.creatorId())
                .setParameter("post", c.postId())
                .setParameter("platform", c.platform())
                .setParameter("currency", c.currency())
                .setParameter("orders", c.orders())
                .setParameter("revenue", c.revenueMinor())
                .setParameter("refunds", c.refunds())
                .setParameter("refunded", c.refundedMinor())
                .executeUpdate();
    }
}
