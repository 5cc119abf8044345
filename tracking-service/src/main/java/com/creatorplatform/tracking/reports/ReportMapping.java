package com.creatorplatform.tracking.reports;

import static com.creatorplatform.tracking.wire.ProtoValues.money;
import static com.creatorplatform.tracking.wire.ProtoValues.text;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.tracking.v1.BatchGetCreatorPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetPostPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.Performance;
import com.creatorplatform.proto.tracking.v1.RefundFigures;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.SalesFigures;
import com.creatorplatform.proto.tracking.v1.TrafficFigures;
import com.creatorplatform.tracking.wire.PlatformNames;
import java.util.List;
import java.util.UUID;

/** Protobuf ⇄ domain for reports (and the report filter orders are listed by), and nothing else. */
public final class ReportMapping {

    private ReportMapping() {}

    public static ReportFilter toFilter(com.creatorplatform.proto.tracking.v1.ReportFilter filter) {
        return filter(
                filter.getBrandId(),
                filter.getDates(),
                Ids.parseBatch("campaign_ids", filter.getCampaignIdsList()),
                Ids.parseBatch("creator_ids", filter.getCreatorIdsList()),
                Ids.parseBatch("post_ids", filter.getPostIdsList()),
                PlatformNames.parseAll("platforms", filter.getPlatformsList()));
    }

    public static ReportFilter toFilter(BatchGetCreatorPerformanceRequest request) {
        UUID campaignId = Ids.parseOptional("campaign_id", request.getCampaignId());
        return filter(
                request.getBrandId(),
                request.getDates(),
                campaignId == null ? List.of() : List.of(campaignId),
                Ids.parseBatch("creator_ids", request.getCreatorIdsList()),
                List.of(),
                List.of());
    }

    public static ReportFilter toFilter(BatchGetPostPerformanceRequest request) {
        return filter(
                request.getBrandId(),
                request.getDates(),
                List.of(),
                List.of(),
                Ids.parseBatch("post_ids", request.getPostIdsList()),
                List.of());
    }

    private static ReportFilter filter(
            String brandId,
            DateRange dates,
            List<UUID> campaignIds,
            List<UUID> creatorIds,
            List<UUID> postIds,
            List<String> platforms) {
        return new ReportFilter(
                Ids.parse("brand_id", brandId),
                WireTypes.optionalDate("dates.from", dates.getFrom()),
                WireTypes.optionalDate("dates.to", dates.getTo()),
                campaignIds,
                creatorIds,
                postIds,
                platforms,
                null); // UTC until the caller adds the brand's zone (ReportFilter.inZone)
    }

    public static List<Dimension> toDimensions(List<ReportDimension> groupBy) {
        return groupBy.stream()
                .map(
                        d ->
                                switch (d) {
                                    case REPORT_DIMENSION_DAY -> Dimension.DAY;
                                    case REPORT_DIMENSION_CAMPAIGN -> Dimension.CAMPAIGN;
                                    case REPORT_DIMENSION_CREATOR -> Dimension.CREATOR;
                                    case REPORT_DIMENSION_POST -> Dimension.POST;
                                    case REPORT_DIMENSION_PLATFORM -> Dimension.PLATFORM;
                                    default ->
                                            throw ApiError.invalidArgument(
                                                    "group_by takes DAY, CAMPAIGN, CREATOR, POST or PLATFORM, got "
                                                            + d);
                                })
                .toList();
    }

    public static com.creatorplatform.proto.tracking.v1.ReportRow toProto(ReportRow row) {
        var sales =
                SalesFigures.newBuilder()
                        .setOrders(row.orders())
                        .setConversionRate(row.conversionRate());
        var refunds =
                RefundFigures.newBuilder()
                        .setRefunds(row.refunds())
                        .setRefundRate(row.refundRate());
        if (row.currency() != null) {
            sales.setRevenue(money(row.revenueMinor(), row.currency()))
                    .setAverageOrderValue(money(row.averageOrderValueMinor(), row.currency()));
            refunds.setRefunded(money(row.refundedMinor(), row.currency()));
        }
        return com.creatorplatform.proto.tracking.v1.ReportRow.newBuilder()
                .setDay(WireTypes.date(row.day()))
                .setCampaignId(text(row.campaignId()))
                .setCreatorId(text(row.creatorId()))
                .setPostId(postText(row.postId()))
                .setPlatform(text(row.platform()))
                .setTraffic(
                        TrafficFigures.newBuilder()
                                .setClicks(row.clicks())
                                .setUniqueClicks(row.uniqueClicks())
                                .setBotClicks(row.botClicks()))
                .setOrders(sales)
                .setRefunds(refunds)
                .build();
    }

    public static Performance toProto(Reports.Performance performance) {
        ReportRow row = performance.figures();
        var answer =
                Performance.newBuilder()
                        .setId(performance.id().toString())
                        .setClicks(row.clicks())
                        .setUniqueClicks(row.uniqueClicks())
                        .setOrders(row.orders())
                        .setConversionRate(row.conversionRate());
        if (row.currency() != null) {
            answer.setRevenue(money(row.revenueMinor(), row.currency()))
                    .setRefunded(money(row.refundedMinor(), row.currency()))
                    .setNetRevenue(money(row.netRevenueMinor(), row.currency()));
        }
        return answer.build();
    }

    /** Rollups keep "no post" as a sentinel id; on the wire it is empty, as everywhere else. */
    private static String postText(UUID postId) {
        return RollupKeys.NO_POST.equals(postId) ? "" : text(postId);
    }
}
