package com.creatorplatform.tracking.orders;

import static com.creatorplatform.tracking.wire.ProtoValues.money;
import static com.creatorplatform.tracking.wire.ProtoValues.text;

import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.tracking.v1.Attribution;
import com.creatorplatform.proto.tracking.v1.AttributionOutcome;
import com.creatorplatform.proto.tracking.v1.AttributionRule;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.Refund;
import java.util.Locale;

/** Protobuf ⇄ domain for orders, and nothing else. */
public final class OrderMapping {

    private OrderMapping() {}

    public static CustomerOrder.Report toReport(RecordConversionRequest request) {
        return new CustomerOrder.Report(
                Ids.parse("brand_id", request.getBrandId()),
                request.getOrderId().trim(),
                request.getAmount().getAmountMinor(),
                request.getAmount().getCurrency(),
                request.hasOrderedAt() ? WireTypes.instant(request.getOrderedAt()) : null,
                request.getCustomerEmailHash().isBlank()
                        ? null
                        : request.getCustomerEmailHash().trim().toLowerCase(Locale.ROOT),
                Ids.parseOptional("click_id", request.getClickId()),
                request.getDiscountCode().isBlank() ? null : request.getDiscountCode().trim());
    }

    public static Order toProto(ConversionDesk.OrderView view) {
        CustomerOrder order = view.order();
        var attribution =
                Attribution.newBuilder()
                        .setOutcome(
                                EnumNames.toWire(
                                        AttributionOutcome.class,
                                        "ATTRIBUTION_OUTCOME_",
                                        order.outcome))
                        .setRule(
                                EnumNames.toWire(
                                        AttributionRule.class, "ATTRIBUTION_RULE_", order.rule))
                        .setCreatorId(text(order.creatorId))
                        .setCampaignId(text(order.campaignId))
                        .setPostId(text(order.postId))
                        .setPlatform(text(order.platform))
                        .setClickId(text(order.touchClickId))
                        .setDiscountCode(
                                order.rule
                                                == com.creatorplatform.tracking.domain.attribution
                                                        .Rule.DISCOUNT_CODE
                                        ? order.discountCode
                                        : "")
                        .setOfferVersionId(text(order.offerVersionId))
                        .setReason(order.reason);
        if (order.windowStart != null) {
            attribution
                    .setWindowStart(WireTypes.timestamp(order.windowStart))
                    .setWindowEnd(WireTypes.timestamp(order.windowEnd));
        }
        return Order.newBuilder()
                .setBrandId(order.brandId.toString())
                .setOrderId(order.orderId)
                .setAmount(money(order.amountMinor, order.currency))
                .setStatus(
                        EnumNames.toWire(
                                com.creatorplatform.proto.tracking.v1.OrderStatus.class,
                                "ORDER_STATUS_",
                                order.status))
                .setOrderedAt(WireTypes.timestamp(order.orderedAt))
                .setAttribution(attribution)
                .addAllRefunds(
                        view.refunds().stream()
                                .map(
                                        r ->
                                                Refund.newBuilder()
                                                        .setRefundId(r.refundId)
                                                        .setAmount(
                                                                money(
                                                                        r.amountMinor,
                                                                        order.currency))
                                                        .setRefundedAt(
                                                                WireTypes.timestamp(r.refundedAt))
                                                        .build())
                                .toList())
                .setRefunded(money(order.refundedMinor, order.currency))
                .build();
    }
}
