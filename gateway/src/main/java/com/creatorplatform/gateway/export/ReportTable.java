package com.creatorplatform.gateway.export;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.schema.Money;
import com.creatorplatform.gateway.schema.ReportTypes.ReportRow;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's rows, read as `report` reads them. Grouped by day, the range is read a month of days
 * per call (the rows of different days never merge, so the pages add up to the whole); otherwise in
 * one call, whose rows are bounded by the campaigns, creators, posts and platforms grouped by.
 */
final class ReportTable implements ExportTable {

    static final int DAYS_PER_CALL = 31;

    private final TrackingClient tracking;
    private final NameBook names;
    private final ReportFilter filter;
    private final List<ReportDimension> groupBy;

    ReportTable(
            TrackingClient tracking,
            NameBook names,
            ReportFilter filter,
            List<ReportDimension> groupBy) {
        this.tracking = tracking;
        this.names = names;
        this.filter = filter;
        this.groupBy = groupBy;
    }

    @Override
    public List<String> header() {
        return List.of(
                "day",
                "campaign_id",
                "campaign_name",
                "creator_id",
                "creator_name",
                "post_id",
                "platform",
                "clicks",
                "unique_clicks",
                "bot_clicks",
                "orders",
                "revenue",
                "average_order_value",
                "conversion_rate",
                "refunds",
                "refunded",
                "refund_rate",
                "currency");
    }

    @Override
    public void write(RowSink sink) {
        for (DateRange window : windows()) {
            var request =
                    GetReportRequest.newBuilder()
                            .setFilter(filter.toBuilder().setDates(window))
                            .addAllGroupBy(groupBy)
                            .build();
            List<ReportRow> rows =
                    tracking.report(request).await().indefinitely().stream()
                            .map(ReportRow::from)
                            .toList();
            names.learn(
                    rows.stream().map(ReportRow::campaignId).toList(),
                    rows.stream().map(ReportRow::creatorId).toList());
            rows.forEach(row -> sink.row(cells(row)));
        }
    }

    private List<DateRange> windows() {
        if (!groupBy.contains(ReportDimension.REPORT_DIMENSION_DAY)) {
            return List.of(filter.getDates());
        }
        LocalDate last = LocalDate.parse(filter.getDates().getTo());
        List<DateRange> windows = new ArrayList<>();
        for (LocalDate from = LocalDate.parse(filter.getDates().getFrom());
                !from.isAfter(last);
                from = from.plusDays(DAYS_PER_CALL)) {
            LocalDate to = from.plusDays(DAYS_PER_CALL - 1);
            windows.add(
                    DateRange.newBuilder()
                            .setFrom(WireTypes.date(from))
                            .setTo(WireTypes.date(to.isAfter(last) ? last : to))
                            .build());
        }
        return windows;
    }

    private List<Object> cells(ReportRow row) {
        Money money = row.revenue() != null ? row.revenue() : row.refunded();
        return ExportCells.of(
                row.day(),
                row.campaignId(),
                names.campaign(row.campaignId()),
                row.creatorId(),
                names.creator(row.creatorId()),
                row.postId(),
                row.platform(),
                row.clicks(),
                row.uniqueClicks(),
                row.botClicks(),
                row.orders(),
                ExportCells.amount(row.revenue()),
                ExportCells.amount(row.averageOrderValue()),
                row.conversionRate(),
                row.refunds(),
                ExportCells.amount(row.refunded()),
                row.refundRate(),
                money == null ? null : money.currency());
    }
}
