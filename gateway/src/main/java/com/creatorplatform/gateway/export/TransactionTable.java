package com.creatorplatform.gateway.export;

import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.schema.ReportTypes.Order;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import java.util.List;

/** Each order behind a report, newest first, read a page at a time as `transactions` reads it. */
final class TransactionTable implements ExportTable {

    private final TrackingClient tracking;
    private final NameBook names;
    private final ReportFilter filter;

    TransactionTable(TrackingClient tracking, NameBook names, ReportFilter filter) {
        this.tracking = tracking;
        this.names = names;
        this.filter = filter;
    }

    @Override
    public List<String> header() {
        return List.of(
                "order_id",
                "ordered_at",
                "status",
                "amount",
                "refunded",
                "currency",
                "refunds",
                "outcome",
                "rule",
                "campaign_id",
                "campaign_name",
                "creator_id",
                "creator_name",
                "post_id",
                "platform",
                "discount_code",
                "click_id");
    }

    @Override
    public void write(RowSink sink) {
        ExportTable.eachPage(
                page ->
                        tracking.transactions(
                                ListTransactionDetailsRequest.newBuilder()
                                        .setFilter(filter)
                                        .setPage(page)
                                        .build()),
                page -> page.getPage().getNextCursor(),
                page -> {
                    List<Order> orders = page.getOrdersList().stream().map(Order::from).toList();
                    names.learn(
                            orders.stream().map(o -> o.attribution().campaignId()).toList(),
                            orders.stream().map(o -> o.attribution().creatorId()).toList());
                    orders.forEach(order -> sink.row(cells(order)));
                });
    }

    private List<Object> cells(Order order) {
        var attribution = order.attribution();
        return ExportCells.of(
                order.orderId(),
                order.orderedAt(),
                order.status(),
                ExportCells.amount(order.amount()),
                ExportCells.amount(order.refunded()),
                order.amount().currency(),
                order.refunds().size(),
                attribution.outcome(),
                attribution.rule(),
                attribution.campaignId(),
                names.campaign(attribution.campaignId()),
                attribution.creatorId(),
                names.creator(attribution.creatorId()),
                attribution.postId(),
                attribution.platform(),
                attribution.discountCode(),
                attribution.clickId());
    }
}
