package com.creatorplatform.tracking.mapping;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.PublishedPost;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.tracking.v1.Attribution;
import com.creatorplatform.proto.tracking.v1.AttributionOutcome;
import com.creatorplatform.proto.tracking.v1.AttributionRule;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.OrderStatus;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.Refund;
import com.creatorplatform.tracking.domain.TrackingLink;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.creatorplatform.tracking.order.ConversionDesk;
import com.creatorplatform.tracking.order.CustomerOrder;
import com.creatorplatform.tracking.order.DiscountCode;
import com.creatorplatform.tracking.service.LinkRegistry;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.tracking.v1.BatchGetCreatorPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetPostPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.Performance;
import com.creatorplatform.proto.tracking.v1.RefundFigures;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.SalesFigures;
import com.creatorplatform.proto.tracking.v1.TrafficFigures;
import com.creatorplatform.tracking.report.Dimension;
import com.creatorplatform.tracking.report.OrderFigures;
import com.creatorplatform.tracking.report.ReportFilter;
import com.creatorplatform.tracking.report.ReportRow;
import com.creatorplatform.tracking.report.Reports;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Protobuf ⇄ domain, and nothing else. */
public final class TrackingMapping {

    private TrackingMapping() {
    }

    public static com.creatorplatform.proto.tracking.v1.TrackingLink toProto(TrackingLink link) {
        return com.creatorplatform.proto.tracking.v1.TrackingLink.newBuilder()
                .setId(link.id.toString())
                .setCode(link.code)
                .setBrandId(link.brandId.toString())
                .setCampaignId(link.campaignId.toString())
                .setCreatorId(link.creatorId.toString())
                .setPostId(link.postId == null ? "" : link.postId.toString())
                .setDestinationUrl(link.destinationUrl)
                .setRedirectUrl(link.redirectUrl)
                .setPlatform(text(link.platform))
                .setCreatedAt(WireTypes.timestamp(link.createdAt))
                .build();
    }

    public static com.creatorplatform.proto.tracking.v1.DiscountCode toProto(DiscountCode code) {
        return com.creatorplatform.proto.tracking.v1.DiscountCode.newBuilder()
                .setId(code.id.toString()).setBrandId(code.brandId.toString()).setCode(code.code)
                .setCreatorId(code.creatorId.toString()).setCampaignId(code.campaignId.toString())
                .setCreatedAt(WireTypes.timestamp(code.createdAt))
                .build();
    }

    public static CustomerOrder.Report toReport(RecordConversionRequest request) {
        return new CustomerOrder.Report(
                Ids.parse("brand_id", request.getBrandId()),
                request.getOrderId().trim(),
                request.getAmount().getAmountMinor(),
                request.getAmount().getCurrency(),
                request.hasOrderedAt() ? WireTypes.instant(request.getOrderedAt()) : null,
                request.getCustomerEmailHash().isBlank() ? null : request.getCustomerEmailHash().trim().toLowerCase(Locale.ROOT),
                Ids.parseOptional("click_id", request.getClickId()),
                request.getDiscountCode().isBlank() ? null : request.getDiscountCode().trim());
    }

    public static Order toProto(ConversionDesk.OrderView view) {
        CustomerOrder order = view.order();
        var attribution = Attribution.newBuilder()
                .setOutcome(EnumNames.toWire(AttributionOutcome.class, "ATTRIBUTION_OUTCOME_", order.outcome))
                .setRule(EnumNames.toWire(AttributionRule.class, "ATTRIBUTION_RULE_", order.rule))
                .setCreatorId(text(order.creatorId))
                .setCampaignId(text(order.campaignId))
                .setPostId(text(order.postId))
                .setPlatform(text(order.platform))
                .setClickId(text(order.touchClickId))
                .setDiscountCode(order.rule == com.creatorplatform.tracking.domain.attribution.Rule.DISCOUNT_CODE ? order.discountCode : "")
                .setOfferVersionId(text(order.offerVersionId))
                .setReason(order.reason);
        if (order.windowStart != null) {
            attribution.setWindowStart(WireTypes.timestamp(order.windowStart)).setWindowEnd(WireTypes.timestamp(order.windowEnd));
        }
        return Order.newBuilder()
                .setBrandId(order.brandId.toString())
                .setOrderId(order.orderId)
                .setAmount(money(order.amountMinor, order.currency))
                .setStatus(EnumNames.toWire(OrderStatus.class, "ORDER_STATUS_", order.status))
                .setOrderedAt(WireTypes.timestamp(order.orderedAt))
                .setAttribution(attribution)
                .addAllRefunds(view.refunds().stream().map(r -> Refund.newBuilder().setRefundId(r.refundId)
                        .setAmount(money(r.amountMinor, order.currency)).setRefundedAt(WireTypes.timestamp(r.refundedAt)).build()).toList())
                .setRefunded(money(order.refundedMinor, order.currency))
                .build();
    }

    private static Money money(long amountMinor, String currency) {
        return Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency).build();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public static LinkRegistry.NewLink toNewLink(CreateTrackingLinkRequest request) {
        return new LinkRegistry.NewLink(
                Ids.parse("brand_id", request.getBrandId()),
                Ids.parse("campaign_id", request.getCampaignId()),
                Ids.parse("creator_id", request.getCreatorId()),
                Ids.parseOptional("post_id", request.getPostId()),
                PlatformNames.parseOptional("platform", request.getPlatform()),
                request.getDestinationUrl(),
                new TrackingLink.Utm(request.getCreatorHandle(), request.getCampaignName()));
    }

    /**
     * A published post's own link, from campaign-service's feed: to the campaign's landing page, its UTM
     * parameters naming the creator's handle, the platform and the campaign (each falls back to an id).
     */
    public static LinkRegistry.NewLink toPostLink(PublishedPost post) {
        return new LinkRegistry.NewLink(
                Ids.parse("brand_id", post.getBrandId()),
                Ids.parse("campaign_id", post.getCampaignId()),
                Ids.parse("creator_id", post.getCreatorId()),
                Ids.parse("post_id", post.getPostId()),
                PlatformNames.of(post.getPlatform()),
                post.getLandingUrl(),
                new TrackingLink.Utm(post.getCreatorHandle(), post.getCampaignName()));
    }

    /** A campaign's status as campaign-service tells it; unspecified or unrecognised is UNKNOWN. */
    public static CampaignStatus toDomain(com.creatorplatform.proto.campaign.v1.CampaignStatus status) {
        return switch (status) {
            case CAMPAIGN_STATUS_DRAFT -> CampaignStatus.DRAFT;
            case CAMPAIGN_STATUS_ACTIVE -> CampaignStatus.ACTIVE;
            case CAMPAIGN_STATUS_PAUSED -> CampaignStatus.PAUSED;
            case CAMPAIGN_STATUS_ENDED -> CampaignStatus.ENDED;
            default -> CampaignStatus.UNKNOWN;
        };
    }

    public static ReportFilter toFilter(com.creatorplatform.proto.tracking.v1.ReportFilter filter) {
        return filter(filter.getBrandId(), filter.getDates(), Ids.parseBatch("campaign_ids", filter.getCampaignIdsList()),
                Ids.parseBatch("creator_ids", filter.getCreatorIdsList()), Ids.parseBatch("post_ids", filter.getPostIdsList()),
                PlatformNames.parseAll("platforms", filter.getPlatformsList()));
    }

    public static ReportFilter toFilter(BatchGetCreatorPerformanceRequest request) {
        UUID campaignId = Ids.parseOptional("campaign_id", request.getCampaignId());
        return filter(request.getBrandId(), request.getDates(), campaignId == null ? List.of() : List.of(campaignId),
                Ids.parseBatch("creator_ids", request.getCreatorIdsList()), List.of(), List.of());
    }

    public static ReportFilter toFilter(BatchGetPostPerformanceRequest request) {
        return filter(request.getBrandId(), request.getDates(), List.of(), List.of(), Ids.parseBatch("post_ids", request.getPostIdsList()),
                List.of());
    }

    private static ReportFilter filter(String brandId, DateRange dates, List<UUID> campaignIds, List<UUID> creatorIds, List<UUID> postIds,
            List<String> platforms) {
        return new ReportFilter(Ids.parse("brand_id", brandId), WireTypes.optionalDate("dates.from", dates.getFrom()),
                WireTypes.optionalDate("dates.to", dates.getTo()), campaignIds, creatorIds, postIds, platforms);
    }

    public static List<Dimension> toDimensions(List<ReportDimension> groupBy) {
        return groupBy.stream().map(d -> switch (d) {
            case REPORT_DIMENSION_DAY -> Dimension.DAY;
            case REPORT_DIMENSION_CAMPAIGN -> Dimension.CAMPAIGN;
            case REPORT_DIMENSION_CREATOR -> Dimension.CREATOR;
            case REPORT_DIMENSION_POST -> Dimension.POST;
            case REPORT_DIMENSION_PLATFORM -> Dimension.PLATFORM;
            default -> throw ApiError.invalidArgument("group_by takes DAY, CAMPAIGN, CREATOR, POST or PLATFORM, got " + d);
        }).toList();
    }

    public static com.creatorplatform.proto.tracking.v1.ReportRow toProto(ReportRow row) {
        var sales = SalesFigures.newBuilder().setOrders(row.orders()).setConversionRate(row.conversionRate());
        var refunds = RefundFigures.newBuilder().setRefunds(row.refunds()).setRefundRate(row.refundRate());
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
                .setTraffic(TrafficFigures.newBuilder().setClicks(row.clicks()).setUniqueClicks(row.uniqueClicks())
                        .setBotClicks(row.botClicks()))
                .setOrders(sales)
                .setRefunds(refunds)
                .build();
    }

    public static Performance toProto(Reports.Performance performance) {
        ReportRow row = performance.figures();
        var answer = Performance.newBuilder().setId(performance.id().toString()).setClicks(row.clicks())
                .setUniqueClicks(row.uniqueClicks()).setOrders(row.orders()).setConversionRate(row.conversionRate());
        if (row.currency() != null) {
            answer.setRevenue(money(row.revenueMinor(), row.currency())).setRefunded(money(row.refundedMinor(), row.currency()))
                    .setNetRevenue(money(row.netRevenueMinor(), row.currency()));
        }
        return answer.build();
    }

    /** Rollups keep "no post" as a sentinel id; on the wire it is empty, as everywhere else. */
    private static String postText(UUID postId) {
        return OrderFigures.NO_POST.equals(postId) ? "" : text(postId);
    }
}
