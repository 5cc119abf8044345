package com.creatorplatform.tracking.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTimesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private static void assertRefused(
            String message, org.junit.jupiter.api.function.Executable check) {
        var refused = assertThrows(ApiError.class, check);
        assertEquals(ApiError.Code.INVALID_ARGUMENT, refused.code());
        assertEquals(message, refused.getMessage());
    }

    @Test
    void anOrderUpToFiveMinutesAheadOrThirtyDaysBack_isBelieved() {
        for (Instant at :
                new Instant[] {
                    NOW, NOW.plus(Duration.ofMinutes(5)), NOW.minus(Duration.ofDays(30))
                }) {
            assertEquals(at, OrderTimes.ordered(at, NOW));
        }
    }

    @Test
    void anOrderFurtherAheadOrFurtherBack_isRefusedNamingTheField() {
        assertRefused(
                "ordered_at is more than 5 minutes in the future, got 2026-12-05T12:05:01Z",
                () -> OrderTimes.ordered(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), NOW));
        assertRefused(
                "ordered_at is more than 30 days in the past, got 2025-10-31T12:00:00Z",
                () -> OrderTimes.ordered(NOW.minus(Duration.ofDays(400)), NOW));
    }

    @Test
    void aCompletionAtOrAfterItsOrder_andWithinReachOfNow_isBelieved() {
        Instant ordered = NOW.minus(Duration.ofDays(3));
        assertEquals(ordered, OrderTimes.completed(ordered, ordered, NOW));
        assertEquals(
                NOW.plus(Duration.ofMinutes(5)),
                OrderTimes.completed(NOW.plus(Duration.ofMinutes(5)), ordered, NOW));
    }

    @Test
    void aCompletionBeforeItsOrder_isRefused() {
        assertRefused(
                "completed_at is before ordered_at (2026-12-05T12:00:00Z), got 2026-10-01T00:00:00Z",
                () -> OrderTimes.completed(Instant.parse("2026-10-01T00:00:00Z"), NOW, NOW));
    }

    @Test
    void aCompletionFurtherAheadOrFurtherBackThanAnOrderMayBe_isRefused() {
        Instant longAgo = NOW.minus(Duration.ofDays(60));
        assertRefused(
                "completed_at is more than 5 minutes in the future, got 2027-01-04T12:00:00Z",
                () -> OrderTimes.completed(NOW.plus(Duration.ofDays(30)), NOW, NOW));
        assertRefused(
                "completed_at is more than 30 days in the past, got 2026-10-16T12:00:00Z",
                () -> OrderTimes.completed(NOW.minus(Duration.ofDays(50)), longAgo, NOW));
    }
}
