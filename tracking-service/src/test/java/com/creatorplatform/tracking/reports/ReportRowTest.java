package com.creatorplatform.tracking.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportRowTest {

    private static ReportRow row(long uniqueClicks, long orders, long revenue, long refunded) {
        return new ReportRow(
                null,
                null,
                null,
                null,
                null,
                uniqueClicks + 3,
                uniqueClicks,
                1,
                "EUR",
                orders,
                revenue,
                1,
                refunded);
    }

    @Test
    void averageOrderValueIsRevenuePerOrderRoundedHalfUpToTheMinorUnit() {
        assertEquals(7_501, row(2, 2, 15_001, 0).averageOrderValueMinor());
        assertEquals(7_500, row(2, 2, 15_000, 0).averageOrderValueMinor());
        assertEquals(0, row(2, 0, 0, 0).averageOrderValueMinor());
    }

    @Test
    void conversionRateIsOrdersPerUniqueClick() {
        assertEquals(0.6, row(5, 3, 100, 0).conversionRate(), 1e-12);
        assertEquals(0, row(0, 3, 100, 0).conversionRate());
    }

    @Test
    void refundRateIsRefundedPerRevenueAndNetRevenueIsWhatRemains() {
        assertEquals(0.25, row(1, 1, 4_000, 1_000).refundRate(), 1e-12);
        assertEquals(3_000, row(1, 1, 4_000, 1_000).netRevenueMinor());
        assertEquals(
                0, row(1, 0, 0, 1_000).refundRate(), "refunds of orders counted on another day");
    }
}
