package com.creatorplatform.tracking.orders;

import com.creatorplatform.tracking.reports.ReportDays;
import com.creatorplatform.tracking.reports.RollupKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * What an order change adds to the daily order rollup. Reports count an attributed order (not a
 * self-referral, not an unattributed one) once it is completed, with its revenue, on the day it was
 * ordered in the brand's time zone ({@link ReportDays}); pending and cancelled orders count
 * nowhere, so voiding a completed order takes its count and revenue back from the day it was
 * counted on (kept on the order, whatever the brand's zone is now). A refund counts on the
 * brand-local day of the refund. Each change is applied only when the order really changed (the
 * desk's no-op paths apply none), so a replayed report or status never counts twice.
 */
public final class OrderFigures {

    /**
     * Deltas to add to one rollup row: on {@code day}, or when it is null on the brand-local day of
     * {@code at}.
     */
    public record Change(
            UUID brandId,
            Instant at,
            LocalDate day,
            UUID campaignId,
            UUID creatorId,
            UUID postId,
            String platform,
            String currency,
            long orders,
            long revenueMinor,
            long refunds,
            long refundedMinor) {

        /** The day the change counts on, for a brand in {@code zone}. */
        public LocalDate dayIn(ZoneId zone) {
            return day != null ? day : ReportDays.dayOf(at, zone);
        }

        /** Whether it counts an order (a completion), whose day the order then keeps. */
        public boolean countsTheOrder() {
            return orders > 0;
        }
    }

    private OrderFigures() {}

    public static Optional<Change> completed(CustomerOrder order) {
        return change(order, order.orderedAt, null, 1, order.amountMinor, 0, 0);
    }

    /** Only a completed order had been counted. */
    public static Optional<Change> cancelled(CustomerOrder order, boolean wasCompleted) {
        return wasCompleted
                ? change(order, order.orderedAt, order.dayCounted(), -1, -order.amountMinor, 0, 0)
                : Optional.empty();
    }

    public static Optional<Change> refunded(CustomerOrder order, OrderRefund refund) {
        return change(order, refund.refundedAt, null, 0, 0, 1, refund.amountMinor);
    }

    private static Optional<Change> change(
            CustomerOrder order,
            Instant at,
            LocalDate day,
            long orders,
            long revenue,
            long refunds,
            long refunded) {
        if (!order.earnsCommission()) {
            return Optional.empty();
        }
        return Optional.of(
                new Change(
                        order.brandId,
                        at,
                        day,
                        order.campaignId,
                        order.creatorId,
                        order.postId == null ? RollupKeys.NO_POST : order.postId,
                        order.platform == null ? RollupKeys.NO_PLATFORM : order.platform,
                        order.currency,
                        orders,
                        revenue,
                        refunds,
                        refunded));
    }
}
