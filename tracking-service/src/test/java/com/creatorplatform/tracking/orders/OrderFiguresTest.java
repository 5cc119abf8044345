package com.creatorplatform.tracking.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.tracking.domain.attribution.Outcome;
import com.creatorplatform.tracking.reports.RollupKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderFiguresTest {

    private static final Instant ORDERED = Instant.parse("2026-11-20T23:59:59Z");
    private static final Instant REFUNDED = Instant.parse("2026-11-22T00:00:01Z");

    private static CustomerOrder order(Outcome outcome, UUID postId) {
        var order = new CustomerOrder();
        order.id = UUID.randomUUID();
        order.brandId = UUID.randomUUID();
        order.orderId = "A-1";
        order.amountMinor = 12_000;
        order.currency = "EUR";
        order.orderedAt = ORDERED;
        order.outcome = outcome;
        if (outcome != Outcome.UNATTRIBUTED) {
            order.campaignId = UUID.randomUUID();
            order.creatorId = UUID.randomUUID();
        }
        order.postId = postId;
        return order;
    }

    @Test
    void aCompletedOrderCountsWithItsRevenueOnTheBrandLocalDayItWasOrdered() {
        UUID post = UUID.randomUUID();
        var order = order(Outcome.ATTRIBUTED, post);
        order.platform = "INSTAGRAM";

        var change = OrderFigures.completed(order).orElseThrow();

        assertEquals(
                new OrderFigures.Change(
                        order.brandId,
                        order.orderedAt,
                        null,
                        order.campaignId,
                        order.creatorId,
                        post,
                        "INSTAGRAM",
                        "EUR",
                        1,
                        12_000,
                        0,
                        0),
                change);
        assertEquals(LocalDate.parse("2026-11-20"), change.dayIn(ZoneOffset.UTC));
    }

    @Test
    void voidingACompletedOrderTakesBackWhatItsCompletionAddedToTheSameDay() {
        var order = order(Outcome.ATTRIBUTED, null);

        var change = OrderFigures.cancelled(order, true).orElseThrow();

        // counted before days followed the brand's zone: on its UTC day
        assertEquals(LocalDate.parse("2026-11-20"), change.day());
        assertEquals(-1, change.orders());
        order.countedOn = LocalDate.parse("2026-11-21");
        assertEquals(
                LocalDate.parse("2026-11-21"),
                OrderFigures.cancelled(order, true).orElseThrow().dayIn(ZoneOffset.UTC));
        assertEquals(-12_000, change.revenueMinor());
        assertEquals(RollupKeys.NO_POST, change.postId());
        assertEquals(RollupKeys.NO_PLATFORM, change.platform());
    }

    @Test
    void cancellingAPendingOrderChangesNothingBecauseItWasNeverCounted() {
        assertTrue(OrderFigures.cancelled(order(Outcome.ATTRIBUTED, null), false).isEmpty());
    }

    @Test
    void aRefundCountsOnTheBrandLocalDayOfTheRefund() {
        var order = order(Outcome.ATTRIBUTED, null);
        var refund = OrderRefund.of(order, "R-1", 2_500, REFUNDED);

        var change = OrderFigures.refunded(order, refund).orElseThrow();

        assertEquals(LocalDate.parse("2026-11-22"), change.dayIn(ZoneOffset.UTC));
        assertEquals(0, change.orders());
        assertEquals(0, change.revenueMinor());
        assertEquals(1, change.refunds());
        assertEquals(2_500, change.refundedMinor());
    }

    @Test
    void unattributedOrdersAndSelfReferralsAreNoCreatorsPerformance() {
        for (Outcome outcome : new Outcome[] {Outcome.UNATTRIBUTED, Outcome.SELF_REFERRAL}) {
            var order = order(outcome, null);
            assertTrue(OrderFigures.completed(order).isEmpty(), outcome.name());
            assertTrue(
                    OrderFigures.refunded(order, OrderRefund.of(order, "R-1", 100, REFUNDED))
                            .isEmpty(),
                    outcome.name());
        }
    }
}
