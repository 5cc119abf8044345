package com.creatorplatform.tracking.orders;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Adds order changes to the daily order rollup, inside the caller's transaction so the two never
 * drift, on the day in the brand's time zone (ADR 0066). A completion's day is kept on the order,
 * so that a later cancellation takes it back from the same day even if the brand's zone changed.
 */
final class OrderRollup {

    /** A change of figures on the day it counts on. */
    record DayChange(OrderFigures.Change change, LocalDate day) {}

    private record Row(
            UUID brandId,
            LocalDate day,
            UUID campaignId,
            UUID creatorId,
            UUID postId,
            String platform,
            String currency) {}

    // Rows in one order, so that two writers adding to some of the same rows cannot deadlock.
    private static final Comparator<Row> ORDER =
            Comparator.comparing(Row::brandId)
                    .thenComparing(Row::day)
                    .thenComparing(Row::campaignId)
                    .thenComparing(Row::creatorId)
                    .thenComparing(Row::postId)
                    .thenComparing(Row::platform)
                    .thenComparing(Row::currency);

    private static final String UPSERT =
            """
            insert into order_daily (brand_id, day, campaign_id, creator_id, post_id, platform, currency, orders, revenue_minor,
                                     refunds, refunded_minor)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (brand_id, day, campaign_id, creator_id, post_id, platform, currency) do update
            set orders = order_daily.orders + excluded.orders,
                revenue_minor = order_daily.revenue_minor + excluded.revenue_minor,
                refunds = order_daily.refunds + excluded.refunds,
                refunded_minor = order_daily.refunded_minor + excluded.refunded_minor""";

    private OrderRollup() {}

    /**
     * The day {@code change} of {@code order} counts on for a brand in {@code zone}; a completion's
     * day is kept on the order.
     */
    static Optional<DayChange> on(
            CustomerOrder order, Optional<OrderFigures.Change> change, ZoneId zone) {
        return change.map(
                c -> {
                    var day = c.dayIn(zone);
                    if (c.countsTheOrder()) {
                        order.countedOn = day;
                    }
                    return new DayChange(c, day);
                });
    }

    /** Adds the changes, summed per rollup row: one statement per row touched. */
    static Uni<Void> add(SqlConnection db, List<DayChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Row, long[]> sums = new TreeMap<>(ORDER);
        for (var d : changes) {
            var c = d.change();
            long[] sum =
                    sums.computeIfAbsent(
                            new Row(
                                    c.brandId(),
                                    d.day(),
                                    c.campaignId(),
                                    c.creatorId(),
                                    c.postId(),
                                    c.platform(),
                                    c.currency()),
                            r -> new long[4]);
            sum[0] += c.orders();
            sum[1] += c.revenueMinor();
            sum[2] += c.refunds();
            sum[3] += c.refundedMinor();
        }
        var rows =
                sums.entrySet().stream()
                        .map(
                                e -> {
                                    Row r = e.getKey();
                                    long[] s = e.getValue();
                                    return Tuple.tuple()
                                            .addValue(r.brandId())
                                            .addValue(r.day())
                                            .addValue(r.campaignId())
                                            .addValue(r.creatorId())
                                            .addValue(r.postId())
                                            .addValue(r.platform())
                                            .addValue(r.currency())
                                            .addValue(s[0])
                                            .addValue(s[1])
                                            .addValue(s[2])
                                            .addValue(s[3]);
                                })
                        .toList();
        return db.preparedQuery(UPSERT).executeBatch(rows).replaceWithVoid();
    }
}
