package com.creatorplatform.tracking.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One group of a report as summed from the rollups, and the figures derived from the sums. The
 * dimensions not grouped by are null; so is the currency of a group without orders or refunds.
 */
public record ReportRow(
        LocalDate day,
        UUID campaignId,
        UUID creatorId,
        UUID postId,
        String platform,
        long clicks,
        long uniqueClicks,
        long botClicks,
        String currency,
        long orders,
        long revenueMinor,
        long refunds,
        long refundedMinor) {

    /** Revenue per order, rounded half up to the minor unit; 0 without orders. */
    public long averageOrderValueMinor() {
        return orders == 0
                ? 0
                : BigDecimal.valueOf(revenueMinor)
                        .divide(BigDecimal.valueOf(orders), 0, RoundingMode.HALF_UP)
                        .longValueExact();
    }

    /** Orders per unique (human) click; 0 without unique clicks. */
    public double conversionRate() {
        return uniqueClicks == 0 ? 0 : (double) orders / uniqueClicks;
    }

    /** Refunded per revenue; 0 without revenue. */
    public double refundRate() {
        return revenueMinor == 0 ? 0 : (double) refundedMinor / revenueMinor;
    }

    public long netRevenueMinor() {
        return revenueMinor - refundedMinor;
    }

    /** The figures of an id that had no activity in the range. */
    public static ReportRow nothing() {
        return new ReportRow(null, null, null, null, null, 0, 0, 0, null, 0, 0, 0, 0);
    }
}
