package com.creatorplatform.tracking.orders;

import static com.creatorplatform.tracking.wire.ProtoValues.money;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.ResolvedOffer;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.google.protobuf.InvalidProtocolBufferException;
import java.time.Instant;
import java.util.Optional;

/**
 * What payout-service hears about an order: only orders that earn commission produce events —
 * attributed, not self-referrals, and attributed under a published offer (without an offer there is
 * no commission plan, so the order is reported but earns nothing). Each event id is derived from
 * what happened (completion, cancellation, one refund), so a retried change can never produce a
 * second event for the same fact.
 */
public final class OrderEvents {

    private OrderEvents() {}

    public static Optional<OrderEvent> completed(CustomerOrder order) {
        return build(
                order,
                OrderEventKind.ORDER_EVENT_KIND_COMPLETED,
                "completed",
                order.completedAt,
                null);
    }

    /** Only a completed order had earned anything to take back. */
    public static Optional<OrderEvent> cancelled(
            CustomerOrder order, boolean wasCompleted, Instant at) {
        return wasCompleted
                ? build(order, OrderEventKind.ORDER_EVENT_KIND_CANCELLED, "cancelled", at, null)
                : Optional.empty();
    }

    public static Optional<OrderEvent> refunded(CustomerOrder order, OrderRefund refund) {
        return build(
                order,
                OrderEventKind.ORDER_EVENT_KIND_REFUNDED,
                "refund:" + refund.refundId,
                refund.refundedAt,
                money(refund.amountMinor, order.currency));
    }

    private static Optional<OrderEvent> build(
            CustomerOrder order, OrderEventKind kind, String what, Instant at, Money refund) {
        Optional<ResolvedOffer> offer = offerOf(order);
        if (!order.earnsCommission() || offer.isEmpty()) {
            return Optional.empty();
        }
        var event =
                OrderEvent.newBuilder()
                        .setEventId(order.brandId + ":" + order.orderId + ":" + what)
                        .setBrandId(order.brandId.toString())
                        .setOrderId(order.orderId)
                        .setCreatorId(order.creatorId.toString())
                        .setCampaignId(order.campaignId.toString())
                        .setPostId(order.postId == null ? "" : order.postId.toString())
                        .setKind(kind)
                        .setOrderAmount(money(order.amountMinor, order.currency))
                        .setOccurredAt(WireTypes.timestamp(at))
                        .setOfferVersionId(
                                order.offerVersionId == null
                                        ? ""
                                        : order.offerVersionId.toString());
        if (refund != null) {
            event.setRefundAmount(refund);
        }
        event.setPlan(offer.get().getOffer().getPlan())
                .setHoldDays(offer.get().getOffer().getHoldDays());
        if (offer.get().hasBudgetCap()) {
            event.setCampaignBudgetCap(offer.get().getBudgetCap());
        }
        return Optional.of(event.build());
    }

    private static Optional<ResolvedOffer> offerOf(CustomerOrder order) {
        if (order.offerSnapshot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResolvedOffer.parseFrom(order.offerSnapshot));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(
                    "offer snapshot of order " + order.id + " is unreadable", e);
        }
    }
}
