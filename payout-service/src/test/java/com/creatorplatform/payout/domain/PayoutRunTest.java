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

    static LedgerEntry entry(long amountMinor, String payableAt) {
        var entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.amountMinor = amountMinor;
        entry.payableAt = Instant.parse(payableAt);
        return entry;
    }

    @Test
    void aRunIsApprovedThenPaidOrFailedAndNeverMovesAgain() {
        var run = marchRun(0);
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
    void aStatementTotalsItsLinesExactlyAndShowsWhatWasCarriedFromEarlierMonths() {
        var lines =
                List.of(
                        entry(1_001, "2026-03-15T00:00:00Z"),
                        entry(2_002, "2026-03-31T23:59:59Z"),
                        entry(-500, "2026-02-10T00:00:00Z"));

        var statement = Statement.of(marchRun(1_000), UUID.randomUUID(), "EUR", lines, MAY);

        assertEquals(2_503, statement.totalMinor);
        assertEquals(-500, statement.carriedMinor);
        assertFalse(statement.carriedForward);
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
                        List.of(entry(123_456, "2026-03-15T00:00:00Z")),
                        MAY);
        var yen =
                Statement.of(
                        run,
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        "JPY",
                        List.of(entry(5_000, "2026-03-15T00:00:00Z")),
                        MAY);
        var carried =
                Statement.of(
                        run,
                        UUID.randomUUID(),
                        "EUR",
                        List.of(entry(10, "2026-03-15T00:00:00Z")),
                        MAY);

        var rows = StatementCsv.render(List.of(paid, carried, yen)).split("\r\n");

        assertEquals(
                List.of(
                        "creator_id,amount,currency,statement_id",
                        "00000000-0000-0000-0000-000000000001,5000,JPY," + yen.id,
                        "00000000-0000-0000-0000-000000000002,1234.56,EUR," + paid.id),
                List.of(rows));
    }
}
