package com.creatorplatform.tracking.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

    private static ReportFilter filter(String from, String to) {
        return filter(from, to, "UTC");
    }

    private static ReportFilter filter(String from, String to, String zone) {
        return new ReportFilter(
                UUID.randomUUID(),
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                ZoneId.of(zone));
    }

    @Test
    void aRangeCoversWholeUtcDaysFromTheFirstToTheLastInclusive() {
        var filter = filter("2026-11-20", "2026-11-22");

        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), filter.start());
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), filter.end());
    }

    @Test
    void aRangeRunsFromLocalMidnightToLocalMidnight_aDaylightSavingDayLasting23Hours() {
        // Europe/Berlin springs forward on 2026-03-29: that day has 23 hours.
        var filter = filter("2026-03-29", "2026-03-29", "Europe/Berlin");

        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), filter.start());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), filter.end());
    }

    @Test
    void aRangeOfAtMost366DaysIsAllowed() {
        filter("2024-01-01", "2024-12-31");
        var tooLong = assertThrows(ApiError.class, () -> filter("2024-01-01", "2025-01-01"));
        assertEquals("dates cover 367 days; at most 366 are allowed", tooLong.getMessage());
    }

    @Test
    void aRangeNeedsBothEndsInOrder() {
        assertThrows(ApiError.class, () -> filter(null, "2026-11-22"));
        assertThrows(ApiError.class, () -> filter("2026-11-22", null));
        assertThrows(ApiError.class, () -> filter("2026-11-23", "2026-11-22"));
    }
}
