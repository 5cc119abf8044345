package com.creatorplatform.tracking.reports;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads reports from the daily rollups: one statement per report, however many ids the filter
 * names. Clicks and orders are summed separately (orders also per currency) and joined on the
 * grouped dimensions, so a group with clicks but no orders, or the reverse, still has its row.
 */
@ApplicationScoped
public class ReportReader {

    private static final String FILTER =
            """
            brand_id = $1 and day between $2 and $3
                  and (cardinality($4::uuid[]) = 0 or campaign_id = any($4))
                  and (cardinality($5::uuid[]) = 0 or creator_id = any($5))
                  and (cardinality($6::uuid[]) = 0 or post_id = any($6))
                  and (cardinality($7::text[]) = 0 or platform = any($7))""";

    // %1$s: the grouped columns, each followed by a comma; %2$s: how click rows group; %3$s: the
    // grouped columns from either side; %4$s: the join on them.
    private static final String REPORT =
            """
            with t as (
                select %1$s sum(clicks)::bigint as clicks, sum(unique_clicks)::bigint as unique_clicks,
                       sum(bot_clicks)::bigint as bot_clicks
                from click_daily where FILTER group by %2$s),
            o as (
                select %1$s currency, sum(orders)::bigint as orders, sum(revenue_minor)::bigint as revenue_minor,
                       sum(refunds)::bigint as refunds, sum(refunded_minor)::bigint as refunded_minor
                from order_daily where FILTER group by %1$s currency)
            select %3$s coalesce(t.clicks, 0) as clicks, coalesce(t.unique_clicks, 0) as unique_clicks,
                   coalesce(t.bot_clicks, 0) as bot_clicks, o.currency, coalesce(o.orders, 0) as orders,
                   coalesce(o.revenue_minor, 0) as revenue_minor, coalesce(o.refunds, 0) as refunds,
                   coalesce(o.refunded_minor, 0) as refunded_minor
            from t full join o on %4$s
            order by %1$s o.currency"""
                    .replace("FILTER", FILTER);

    private final Pool db;

    ReportReader(Pool db) {
        this.db = db;
    }

    public Uni<List<ReportRow>> rows(ReportFilter filter, List<Dimension> groupBy) {
        var params =
                Tuple.of(filter.brandId(), filter.from(), filter.to())
                        .addArrayOfUUID(filter.campaignIds().toArray(UUID[]::new))
                        .addArrayOfUUID(filter.creatorIds().toArray(UUID[]::new))
                        .addArrayOfUUID(filter.postIds().toArray(UUID[]::new))
                        .addArrayOfString(filter.platforms().toArray(String[]::new));
        var columns = new Columns(groupBy);
        return db.preparedQuery(sql(groupBy))
                .execute(params)
                .map(
                        rows -> {
                            var report = new ArrayList<ReportRow>();
                            rows.forEach(row -> report.add(columns.read(row)));
                            return report;
                        });
    }

    private static String sql(List<Dimension> groupBy) {
        String columns = groupBy.stream().map(d -> d.column + ",").collect(Collectors.joining(" "));
        // "group by ()" sums everything into one row.
        String clickGroups =
                groupBy.isEmpty()
                        ? "()"
                        : groupBy.stream().map(d -> d.column).collect(Collectors.joining(", "));
        String eitherSide =
                groupBy.stream()
                        .map(d -> "coalesce(t.%1$s, o.%1$s) as %1$s,".formatted(d.column))
                        .collect(Collectors.joining(" "));
        String join =
                groupBy.isEmpty()
                        ? "true"
                        : groupBy.stream()
                                .map(d -> "t.%1$s = o.%1$s".formatted(d.column))
                                .collect(Collectors.joining(" and "));
        return REPORT.formatted(columns, clickGroups, eitherSide, join);
    }

    /**
     * Where a report's values are in its rows: the grouped columns first, in the order asked for,
     * then the sums. Read by position: by name the driver searches the row's column names for each
     * value.
     */
    private static final class Columns {

        private final int day;
        private final int campaign;
        private final int creator;
        private final int post;
        private final int platform;
        private final int sums;

        Columns(List<Dimension> groupBy) {
            day = groupBy.indexOf(Dimension.DAY);
            campaign = groupBy.indexOf(Dimension.CAMPAIGN);
            creator = groupBy.indexOf(Dimension.CREATOR);
            post = groupBy.indexOf(Dimension.POST);
            platform = groupBy.indexOf(Dimension.PLATFORM);
            sums = groupBy.size();
        }

        ReportRow read(Row row) {
            return new ReportRow(
                    day < 0 ? null : row.getLocalDate(day),
                    campaign < 0 ? null : row.getUUID(campaign),
                    creator < 0 ? null : row.getUUID(creator),
                    post < 0 ? null : row.getUUID(post),
                    platform < 0 ? null : row.getString(platform),
                    row.getLong(sums),
                    row.getLong(sums + 1),
                    row.getLong(sums + 2),
                    row.getString(sums + 3),
                    row.getLong(sums + 4),
                    row.getLong(sums + 5),
                    row.getLong(sums + 6),
                    row.getLong(sums + 7));
        }
    }
}
