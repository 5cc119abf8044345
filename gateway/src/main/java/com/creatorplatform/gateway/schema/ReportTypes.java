package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Tracking reports, orders and their attribution as GraphQL shows them. */
public final class ReportTypes {

    private ReportTypes() {}

    @Input("ReportFilterInput")
    @Description(
            "Which clicks and orders a report covers: inclusive UTC days (at most 366) and, each empty meaning all, "
                    + "campaigns, creators and posts (at most 500 ids each) and the platforms of the links clicked (an order counts "
                    + "under the platform of the click that won it).")
    public record ReportFilterInput(
            @NonNull LocalDate from,
            @NonNull LocalDate to,
            @DefaultValue("[]") List<@NonNull String> campaignIds,
            @DefaultValue("[]") List<@NonNull String> creatorIds,
            @DefaultValue("[]") List<@NonNull String> postIds,
            @DefaultValue("[]") List<@NonNull Platform> platforms) {

        public com.creatorplatform.proto.tracking.v1.ReportFilter toProto(String brandId) {
            return com.creatorplatform.proto.tracking.v1.ReportFilter.newBuilder()
                    .setBrandId(brandId)
                    .setDates(
                            com.creatorplatform.proto.common.v1.DateRange.newBuilder()
                                    .setFrom(WireTypes.date(from))
                                    .setTo(WireTypes.date(to)))
                    .addAllCampaignIds(present(campaignIds))
                    .addAllCreatorIds(present(creatorIds))
                    .addAllPostIds(present(postIds))
                    .addAllPlatforms(present(platforms).stream().map(Platform::toName).toList())
                    .build();
        }

        private static <T> List<T> present(List<T> values) {
            return values == null ? List.of() : values;
        }
    }

    @Description(
            "What a report row is grouped by. PLATFORM: the platform of the link clicked, or of the click that won an order.")
    public enum ReportDimension {
        DAY,
        CAMPAIGN,
        CREATOR,
        POST,
        PLATFORM;

        public static com.creatorplatform.proto.tracking.v1.ReportDimension toProto(
                ReportDimension dimension) {
            return ProtoEnums.toProto(
                    dimension,
                    "REPORT_DIMENSION_",
                    com.creatorplatform.proto.tracking.v1.ReportDimension.class);
        }
    }

    @Description(
            "One group of a report (traffic, orders and refunds); the dimensions not grouped by are null, and so is the "
                    + "platform of the group of no known platform (links made without one, orders won by a discount code). Money is "
                    + "null in a row without orders or refunds. Orders count on their order day, refunds on their own day.")
    public record ReportRow(
            LocalDate day,
            @Id String campaignId,
            @Id String creatorId,
            @Id String postId,
            Platform platform,
            @NonNull long clicks,
            @NonNull long uniqueClicks,
            @NonNull long botClicks,
            @NonNull long orders,
            Money revenue,
            Money averageOrderValue,
            @Description("Orders per unique click.") @NonNull double conversionRate,
            @NonNull long refunds,
            Money refunded,
            @Description("Refunded per revenue of the row.") @NonNull double refundRate) {

        public static ReportRow from(com.creatorplatform.proto.tracking.v1.ReportRow row) {
            var sales = row.getOrders();
            var refunds = row.getRefunds();
            return new ReportRow(
                    row.getDay().isEmpty() ? null : LocalDate.parse(row.getDay()),
                    Membership.blankToNull(row.getCampaignId()),
                    Membership.blankToNull(row.getCreatorId()),
                    Membership.blankToNull(row.getPostId()),
                    Platform.fromName(row.getPlatform()),
                    row.getTraffic().getClicks(),
                    row.getTraffic().getUniqueClicks(),
                    row.getTraffic().getBotClicks(),
                    sales.getOrders(),
                    sales.hasRevenue() ? Money.of(sales.getRevenue()) : null,
                    sales.hasAverageOrderValue() ? Money.of(sales.getAverageOrderValue()) : null,
                    sales.getConversionRate(),
                    refunds.getRefunds(),
                    refunds.hasRefunded() ? Money.of(refunds.getRefunded()) : null,
                    refunds.getRefundRate());
        }
    }

    @Description(
            "ATTRIBUTED to a creator, SELF_REFERRAL (the customer is the creator: recorded, never commissioned) or "
                    + "UNATTRIBUTED.")
    public enum AttributionOutcome {
        ATTRIBUTED,
        SELF_REFERRAL,
        UNATTRIBUTED
    }

    @Description(
            "Why an order went where it went: the rule, the touch that won (the click or the code), the window it "
                    + "counted in, the offer version it earns under, and one sentence saying so.")
    public record Attribution(
            @NonNull AttributionOutcome outcome,
            @Description("DISCOUNT_CODE, LAST_CLICK or NONE.") @NonNull String rule,
            @Id String creatorId,
            @Id String campaignId,
            @Id String postId,
            @Description(
                            "The platform of the clicked link; null when not known or won by a discount code.")
                    Platform platform,
            String clickId,
            String discountCode,
            Instant windowStart,
            Instant windowEnd,
            @Id String offerVersionId,
            @NonNull String reason,
            /* The brand the order belongs to: the creator is read in it. */ @Ignore
                    String brandId) {

        static Attribution from(
                com.creatorplatform.proto.tracking.v1.Attribution a, String brandId) {
            return new Attribution(
                    ProtoEnums.fromProto(
                            a.getOutcome(), "ATTRIBUTION_OUTCOME_", AttributionOutcome.class),
                    a.getRule().name().substring("ATTRIBUTION_RULE_".length()),
                    Membership.blankToNull(a.getCreatorId()),
                    Membership.blankToNull(a.getCampaignId()),
                    Membership.blankToNull(a.getPostId()),
                    Platform.fromName(a.getPlatform()),
                    Membership.blankToNull(a.getClickId()),
                    Membership.blankToNull(a.getDiscountCode()),
                    a.hasWindowStart() ? WireTypes.instant(a.getWindowStart()) : null,
                    a.hasWindowEnd() ? WireTypes.instant(a.getWindowEnd()) : null,
                    Membership.blankToNull(a.getOfferVersionId()),
                    a.getReason(),
                    brandId);
        }
    }

    @Description("A refund of an order.")
    public record Refund(
            @NonNull String refundId, @NonNull Money amount, @NonNull Instant refundedAt) {}

    @Description("PENDING, COMPLETED or CANCELLED.")
    public enum OrderStatus {
        PENDING,
        COMPLETED,
        CANCELLED
    }

    @Description("A shop order as tracking recorded it, with its attribution and refunds.")
    public record Order(
            @Id @NonNull String orderId,
            @NonNull Money amount,
            @NonNull OrderStatus status,
            @NonNull Instant orderedAt,
            @NonNull Attribution attribution,
            @NonNull List<@NonNull Refund> refunds,
            @NonNull Money refunded,
            /* The brand it was read in: its commission is read there. */ @Ignore String brandId) {

        public static Order from(com.creatorplatform.proto.tracking.v1.Order o) {
            return new Order(
                    o.getOrderId(),
                    Money.of(o.getAmount()),
                    ProtoEnums.fromProto(o.getStatus(), "ORDER_STATUS_", OrderStatus.class),
                    WireTypes.instant(o.getOrderedAt()),
                    Attribution.from(o.getAttribution(), o.getBrandId()),
                    o.getRefundsList().stream()
                            .map(
                                    r ->
                                            new Refund(
                                                    r.getRefundId(),
                                                    Money.of(r.getAmount()),
                                                    WireTypes.instant(r.getRefundedAt())))
                            .toList(),
                    o.hasRefunded()
                            ? Money.of(o.getRefunded())
                            : Money.of(0, o.getAmount().getCurrency()),
                    o.getBrandId());
        }
    }

    /** A page of orders; pass pageInfo.endCursor as `after` for the next one. */
    public record OrderConnection(
            @NonNull List<@NonNull Order> nodes, @NonNull PageInfo pageInfo) {}

    @Description("A creator's discount code for a campaign; unique per brand regardless of case.")
    public record DiscountCode(
            @Id @NonNull String id,
            @NonNull String code,
            @Id @NonNull String creatorId,
            @Id @NonNull String campaignId,
            @NonNull Instant createdAt) {

        public static DiscountCode from(com.creatorplatform.proto.tracking.v1.DiscountCode c) {
            return new DiscountCode(
                    c.getId(),
                    c.getCode(),
                    c.getCreatorId(),
                    c.getCampaignId(),
                    WireTypes.instant(c.getCreatedAt()));
        }
    }

    @Input("CreateDiscountCodeInput")
    public record CreateDiscountCodeInput(
            @Id @NonNull String campaignId,
            @Id @NonNull String creatorId,
            @Description("3 to 40 letters, digits, - or _.") @NonNull String code) {}

    public record DiscountCodePayload(@NonNull DiscountCode discountCode) {}
}
