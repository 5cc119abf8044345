package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceRuleTest {

    // 2026-12-07 is a Monday: ISO week 2026-W50 runs to Sunday 2026-12-13.
    private static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant SUNDAY_NIGHT = Instant.parse("2026-12-13T23:59:59Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2026-12-14T00:00:00Z");

    @Test
    void twoPostsAWeekLeaveNoRoomForAThirdInThatWeek() {
        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                CadenceRule.of(2)
                                        .requireRoom(
                                                SUNDAY_NIGHT,
                                                List.of(MONDAY, MONDAY.plusSeconds(3600))));

        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
        assertEquals(
                "the creator already has 2 posts in week 2026-W50; the campaign allows at most 2 per week",
                error.getMessage());
    }

    @Test
    void theNextIsoWeekStartsAtMondayMidnightUtc() {
        CadenceRule.of(2).requireRoom(NEXT_MONDAY, List.of(MONDAY, SUNDAY_NIGHT));
    }

    @Test
    void weeksAcrossTheYearBoundaryFollowIsoWeekYears() {
        // Thursday 2026-12-31 and Friday 2027-01-01 are both in 2026-W53.
        assertThrows(
                ApiError.class,
                () ->
                        CadenceRule.of(1)
                                .requireRoom(
                                        Instant.parse("2027-01-01T12:00:00Z"),
                                        List.of(Instant.parse("2026-12-31T12:00:00Z"))));
    }

    @Test
    void theLimitIsBetweenOneAndOneHundred() {
        assertThrows(ApiError.class, () -> CadenceRule.of(0));
        assertThrows(ApiError.class, () -> CadenceRule.of(101));
    }
}
