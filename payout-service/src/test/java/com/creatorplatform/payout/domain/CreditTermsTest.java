package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CreditTermsTest {

    private static CreditTerms capped(long capMinor) {
        return new CreditTerms(30, OptionalLong.of(capMinor));
    }

    @Test
    void creditsAreCutToWhatRemainsOfTheBudgetAndStopAtTheCap() {
        assertEquals(500, capped(10_000).grant(500, 9_000));
        assertEquals(300, capped(10_000).grant(500, 9_700));
        assertEquals(0, capped(10_000).grant(500, 10_000));
        assertEquals(0, capped(10_000).grant(500, 12_000));
    }

    @Test
    void withoutACapAndForDebitsEverythingIsGranted() {
        assertEquals(500, new CreditTerms(30, OptionalLong.empty()).grant(500, 1_000_000));
        assertEquals(-200, capped(100).grant(-200, 100));
    }

    @Test
    void earningsBecomePayableWhenTheHoldAfterCompletionHasPassed() {
        var completed = Instant.parse("2026-03-10T12:00:00Z");
        assertEquals(Instant.parse("2026-04-09T12:00:00Z"), capped(0).payableAt(completed));
    }

    @Test
    void holdOutside0To365DaysAndNegativeCapsAreRefused() {
        assertThrows(ApiError.class, () -> new CreditTerms(366, OptionalLong.empty()));
        assertThrows(ApiError.class, () -> new CreditTerms(-1, OptionalLong.empty()));
        assertThrows(ApiError.class, () -> capped(-1));
    }
}
