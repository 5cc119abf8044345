package com.creatorplatform.gateway.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void byDefaultARunningCampaignIsMeasuredFromItsStartToToday() {
        assertEquals(
                new Period(day("2026-11-01"), TODAY),
                Period.of(null, null, day("2026-11-01"), null, TODAY));
        assertEquals(
                new Period(day("2026-11-01"), TODAY),
                Period.of(null, null, day("2026-11-01"), day("2026-12-31"), TODAY));
    }

    @Test
    void byDefaultAnEndedCampaignIsMeasuredToItsEndAndOneNotStartedOnItsFirstDay() {
        assertEquals(
                new Period(day("2026-01-01"), day("2026-03-31")),
                Period.of(null, null, day("2026-01-01"), day("2026-03-31"), TODAY));
        assertEquals(
                new Period(day("2027-01-01"), day("2027-01-01")),
                Period.of(null, null, day("2027-01-01"), null, TODAY));
    }

    @Test
    void aDefaultRangeLongerThanAYearKeepsItsLastYear() {
        assertEquals(
                new Period(day("2025-11-23"), TODAY),
                Period.of(null, null, day("2024-01-01"), null, TODAY));
    }

    @Test
    void anAskedRangeIsTakenAsIsAndAMissingEndDefaultsToTheCampaigns() {
        assertEquals(
                new Period(day("2026-11-10"), day("2026-11-12")),
                Period.of(day("2026-11-10"), day("2026-11-12"), day("2026-11-01"), null, TODAY));
        assertEquals(
                new Period(day("2026-11-10"), TODAY),
                Period.of(day("2026-11-10"), null, day("2026-11-01"), null, TODAY));
        assertEquals(
                new Period(day("2026-11-01"), day("2026-11-05")),
                Period.of(null, day("2026-11-05"), day("2026-11-01"), null, TODAY));
    }

    @Test
    void anUpsideDownOrOverlongAskedRangeIsRefusedWithItsReason() {
        var upsideDown =
                assertThrows(
                        ApiGraphQLError.InvalidArgument.class,
                        () ->
                                Period.of(
                                        day("2026-11-12"),
                                        day("2026-11-10"),
                                        day("2026-11-01"),
                                        null,
                                        TODAY));
        assertEquals("from 2026-11-12 is after to 2026-11-10", upsideDown.getMessage());
        var overlong =
                assertThrows(
                        ApiGraphQLError.InvalidArgument.class,
                        () ->
                                Period.of(
                                        day("2025-01-01"),
                                        day("2026-01-02"),
                                        day("2025-01-01"),
                                        null,
                                        TODAY));
        assertEquals(
                "from 2025-01-01 to 2026-01-02 covers 367 days; at most 366 are allowed",
                overlong.getMessage());
    }
}
