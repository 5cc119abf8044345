package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.payout.domain.OrderEvent.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderHistoryTest {

    private static final Instant DAY_0 = Instant.parse("2026-03-10T12:00:00Z");

    private static OrderEvent event(String id, Kind kind, long refund, int day) {
        return OrderEvent.of(
                id,
                UUID.randomUUID(),
                "order-1",
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                UUID.randomUUID(),
                kind,
                10_000,
                refund,
                "EUR",
                DAY_0.plusSeconds(86_400L * day),
                null);
    }

    private static OrderEvent completion(Instant occurredAt, Instant recordedAt) {
        return OrderEvent.of(
                "c",
                UUID.randomUUID(),
                "o",
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                UUID.randomUUID(),
                Kind.COMPLETED,
                1,
                0,
                "EUR",
                occurredAt,
                recordedAt);
    }

    private static final OrderEvent COMPLETED = event("e-completed", Kind.COMPLETED, 0, 0);

    /**
     * An order of 100.00 that earned 12.50; then applies the changes one at a time, as they arrive.
     */
    private static long reversedAfter(List<OrderEvent> changesInArrivalOrder) {
        var known = new ArrayList<OrderEvent>();
        long reversed = 0;
        for (OrderEvent change : changesInArrivalOrder) {
            known.add(change);
            var history = new OrderHistory(concat(COMPLETED, known));
            reversed += history.reversalDue(1_250, reversed, known);
        }
        return reversed;
    }

    private static List<OrderEvent> concat(OrderEvent first, List<OrderEvent> rest) {
        var all = new ArrayList<OrderEvent>(rest);
        all.add(first);
        return all;
    }

    @Test
    void aPartialRefundReversesTheRefundedShareAtTheRateTheOrderEarned() {
        assertEquals(375, reversedAfter(List.of(event("r1", Kind.REFUNDED, 3_000, 2))));
    }

    @Test
    void partialRefundsRoundOnTheirRunningSumSoAFullRefundReversesExactlyWhatWasEarned() {
        var thirds =
                List.of(
                        event("r1", Kind.REFUNDED, 3_333, 1),
                        event("r2", Kind.REFUNDED, 3_333, 2),
                        event("r3", Kind.REFUNDED, 3_334, 3));
        assertEquals(1_250, reversedAfter(thirds));
        assertEquals(1_250, reversedAfter(List.of(thirds.get(2), thirds.get(0), thirds.get(1))));
    }

    @Test
    void refundsBeyondTheOrderAmountNeverReverseMoreThanWasEarned() {
        assertEquals(
                1_250,
                reversedAfter(
                        List.of(
                                event("r1", Kind.REFUNDED, 8_000, 1),
                                event("r2", Kind.REFUNDED, 8_000, 2))));
    }

    @Test
    void aCancellationReversesWhatIsLeftAndLaterRefundsReverseNothing() {
        assertEquals(
                1_250,
                reversedAfter(
                        List.of(
                                event("r1", Kind.REFUNDED, 2_000, 1),
                                event("c", Kind.CANCELLED, 0, 2))));
        assertEquals(
                1_250,
                reversedAfter(
                        List.of(
                                event("c", Kind.CANCELLED, 0, 2),
                                event("r1", Kind.REFUNDED, 2_000, 1))));
    }

    @Test
    void netRevenueIsTheAmountLessRefundsAndNothingOnceCancelledOrBeforeCompletion() {
        var refund = event("r1", Kind.REFUNDED, 3_000, 1);
        assertEquals(7_000, new OrderHistory(List.of(refund, COMPLETED)).netRevenue());
        assertEquals(0, new OrderHistory(List.of(refund)).netRevenue());
        assertEquals(
                0,
                new OrderHistory(List.of(COMPLETED, event("c", Kind.CANCELLED, 0, 1)))
                        .netRevenue());
        assertEquals(
                0,
                new OrderHistory(List.of(COMPLETED, event("r", Kind.REFUNDED, 50_000, 1)))
                        .netRevenue());
    }

    @Test
    void changesAreKeptInTheOrderTheyHappenedWhateverTheOrderTheyArrived() {
        var late = event("r2", Kind.REFUNDED, 100, 5);
        var early = event("r1", Kind.REFUNDED, 100, 1);
        assertEquals(
                List.of(early, late), new OrderHistory(List.of(late, COMPLETED, early)).changes());
        assertTrue(new OrderHistory(List.of(late)).completion().isEmpty());
    }

    @Test
    void anOrderBelongsToTheCalendarMonthInUtcInWhichItCompleted() {
        var lastSecondOfMarch = completion(Instant.parse("2026-03-31T23:59:59Z"), null);
        assertEquals(LocalDate.parse("2026-03-01"), lastSecondOfMarch.period());
        assertEquals(LocalDate.parse("2026-04-01"), event("x", Kind.COMPLETED, 0, 22).period());
    }

    @Test
    void aCompletionReportedLate_isHeldFromWhenThePlatformRecordedIt() {
        var recorded = DAY_0.plusSeconds(86_400L * 20);
        assertEquals(recorded, completion(DAY_0, recorded).holdStart());
    }

    @Test
    void aCompletionRecordedOnTimeOrAheadOfItsDate_isHeldFromItsDate() {
        assertEquals(DAY_0, completion(DAY_0, DAY_0).holdStart());
        assertEquals(
                DAY_0,
                completion(DAY_0, DAY_0.minusSeconds(240)).holdStart(),
                "the shop's clock ran four minutes fast");
    }

    @Test
    void aCompletionRelayedBeforeTrackingSaidWhenItRecordedIt_isHeldFromItsDate() {
        assertEquals(DAY_0, completion(DAY_0, null).holdStart());
    }

    @Test
    void aRefundEventMustCarryAPositiveRefundAndOthersNone() {
        assertThrows(ApiError.class, () -> event("r", Kind.REFUNDED, 0, 1));
        assertThrows(ApiError.class, () -> event("c", Kind.COMPLETED, 10, 1));
    }
}
