package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutRunTest {

    private static final Instant MAY = Instant.parse("2026-05-02T00:00:00Z");

    static PayoutRun marchRun(long minimumMinor) {
        return PayoutRun.start(UUID.randomUUID(), YearMonth.of(2026, 3), minimumMinor, "EUR", MAY);
    }

    @Test
    void aRunIsComputedThenApprovedThenPaidOrFailedAndNeverMovesAgain() {
        var run = marchRun(0);
        assertEquals(PayoutRunStatus.COMPUTING, run.status);
        assertThrows(ApiError.class, () -> run.approve("admin@brand"));
        run.computed();
        assertEquals(PayoutRunStatus.DRAFT, run.status);
        assertThrows(ApiError.class, () -> run.markPaid("finance"));

        run.approve("admin@brand");
        run.markFailed("finance", "bank refused");

        assertEquals(PayoutRunStatus.FAILED, run.status);
        assertEquals("bank refused", run.failureReason);
        var error = assertThrows(ApiError.class, () -> run.approve("admin@brand"));
        assertEquals("a payout run cannot move from FAILED to APPROVED", error.getMessage());
    }

    @Test
    void aMonthIsPaidOutOnlyOnceItHasEnded() {
        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                PayoutRun.start(
                                        UUID.randomUUID(), YearMonth.of(2026, 5), 0, "EUR", MAY));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), marchRun(0).cutoff());
    }

    @Test
    void progressCountsTheCreatorsWrittenOfThoseToPayAcrossARestart() {
        var run = marchRun(0);
        run.plan(10);
        var first = UUID.randomUUID();
        run.chunkWritten(4, first);

        run.plan(6); // restarted: six creators remain after the first chunk
        run.chunkWritten(6, UUID.randomUUID());
        run.computed();

        assertEquals(10, run.creatorsDone);
        assertEquals(10, run.creatorsTotal);
    }

    @Test
    void aCreatorFirstPayableWhileTheRunComputesIsCountedToo() {
        var run = marchRun(0);
        run.plan(2);
        run.chunkWritten(3, UUID.randomUUID());
        run.computed();

        assertEquals(3, run.creatorsTotal);
    }

    @Test
    void aStatementIsUnderTheMinimumByItsTotalInTheMinimumsCurrency() {
        var run = marchRun(1_000);
        var paid = Statement.of(run, UUID.randomUUID(), "EUR", 2_503, -500, MAY);
        var under = Statement.of(run, UUID.randomUUID(), "EUR", 999, 0, MAY);

        assertEquals(2_503, paid.totalMinor);
        assertEquals(-500, paid.carriedMinor);
        assertFalse(paid.carriedForward);
        assertTrue(under.carriedForward);
    }

    @Test
    void aStatementUnderTheMinimumOrNotPositiveIsCarriedForward() {
        var run = marchRun(1_000);
        assertTrue(run.carriesForward(999, "EUR"));
        assertFalse(run.carriesForward(1_000, "EUR"));
        assertTrue(run.carriesForward(-300, "EUR"));
        assertTrue(run.carriesForward(0, "USD"));
        assertFalse(run.carriesForward(1, "USD"));
    }

    @Test
    void theExportHasOneRowPerPaidStatementWithTheAmountInMajorUnits() {
        var run = marchRun(1_000);
        var paid =
                Statement.of(
                        run,
                        UUID.fromString("00000000-0000-0000-0000-000000000002"),
                        "EUR",
                        123_456,
                        0,
                        MAY);
        var yen =
                Statement.of(
                        run,
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        "JPY",
                        5_000,
                        0,
                        MAY);
        var carried = Statement.of(run, UUID.randomUUID(), "EUR", 10, 0, MAY);

        var rows = StatementCsv.render(List.of(paid, carried, yen)).split("\r\n");

        assertEquals(
                List.of(
                        "creator_id,amount,currency,statement_id",
                        "00000000-0000-0000-0000-000000000001,5000,JPY," + yen.id,
                        "00000000-0000-0000-0000-000000000002,1234.56,EUR," + paid.id),
                List.of(rows));
    }
}
