package com.creatorplatform.payout.grpc;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.CommissionTier;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.RevenueBonus;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Order events as tracking-service sends them (each recorded when it happened), for one fresh brand
 * and campaign per instance. Event ids are derived from the brand and a label, so that the same
 * story can be told again for another brand.
 */
final class OrderEventFixtures {

    /** A day in a past month: its orders' holds have long passed. */
    static final Instant MARCH_10 = Instant.parse("2026-03-10T12:00:00Z");

    final String brand = UUID.randomUUID().toString();
    final String campaign = UUID.randomUUID().toString();
    final String offer = UUID.randomUUID().toString();
    final List<String> creators =
            List.of(
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString());
    CommissionPlan plan = percent(1000);
    int holdDays = 30;
    Money cap;

    static Money eur(long minor) {
        return Money.newBuilder().setAmountMinor(minor).setCurrency("EUR").build();
    }

    static CommissionPlan percent(int basisPoints) {
        return CommissionPlan.newBuilder()
                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                .setRateBasisPoints(basisPoints)
                .build();
    }

    /** 10 % up to 1,000 EUR, 12 % up to 5,000 EUR, 15 % above. */
    static CommissionPlan issueTiers(TierMode mode) {
        return CommissionPlan.newBuilder()
                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                .setTierMode(mode)
                .addTiers(CommissionTier.newBuilder().setFromMinor(0).setRateBasisPoints(1000))
                .addTiers(
                        CommissionTier.newBuilder().setFromMinor(100_000).setRateBasisPoints(1200))
                .addTiers(
                        CommissionTier.newBuilder().setFromMinor(500_000).setRateBasisPoints(1500))
                .build();
    }

    static CommissionPlan withBonus(CommissionPlan plan, long thresholdMinor, long amountMinor) {
        return plan.toBuilder()
                .addBonuses(
                        RevenueBonus.newBuilder()
                                .setThresholdMinor(thresholdMinor)
                                .setAmount(eur(amountMinor)))
                .build();
    }

    static Instant day(int n) {
        return MARCH_10.plus(Duration.ofDays(n));
    }

    String eventId(String label) {
        return brand + "/" + label;
    }

    OrderEvent completed(int creator, String order, long amountMinor, Instant at) {
        return event(
                        creator,
                        order,
                        OrderEventKind.ORDER_EVENT_KIND_COMPLETED,
                        "completed",
                        amountMinor,
                        at)
                .build();
    }

    OrderEvent cancelled(int creator, String order, long amountMinor, Instant at) {
        return event(
                        creator,
                        order,
                        OrderEventKind.ORDER_EVENT_KIND_CANCELLED,
                        "cancelled",
                        amountMinor,
                        at)
                .build();
    }

    OrderEvent refunded(
            int creator,
            String order,
            long amountMinor,
            String refund,
            long refundMinor,
            Instant at) {
        return event(
                        creator,
                        order,
                        OrderEventKind.ORDER_EVENT_KIND_REFUNDED,
                        "refund-" + refund,
                        amountMinor,
                        at)
                .setRefundAmount(eur(refundMinor))
                .build();
    }

    private OrderEvent.Builder event(
            int creator,
            String order,
            OrderEventKind kind,
            String label,
            long amountMinor,
            Instant at) {
        var event =
                OrderEvent.newBuilder()
                        .setEventId(eventId(order + "/" + label))
                        .setBrandId(brand)
                        .setOrderId(order)
                        .setCreatorId(creators.get(creator))
                        .setCampaignId(campaign)
                        .setOfferVersionId(offer)
                        .setKind(kind)
                        .setOrderAmount(eur(amountMinor))
                        .setOccurredAt(WireTypes.timestamp(at))
                        .setRecordedAt(WireTypes.timestamp(at))
                        .setPlan(plan)
                        .setHoldDays(holdDays);
        return cap == null ? event : event.setCampaignBudgetCap(cap);
    }

    static ApplyOrderEventsRequest batch(List<OrderEvent> events) {
        return ApplyOrderEventsRequest.newBuilder().addAllEvents(events).build();
    }

    static ApplyOrderEventsRequest batch(OrderEvent... events) {
        return batch(List.of(events));
    }
}
