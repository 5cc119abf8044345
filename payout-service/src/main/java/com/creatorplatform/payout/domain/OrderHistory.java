package com.creatorplatform.payout.domain;

import java.util.List;
import java.util.Optional;

/**
 * What is known about one order: its completion and its changes (refunds, cancellation), in the
 * order they happened. Changes that arrive before the completion wait for it; nothing is earned or
 * reversed until the order has completed.
 */
public record OrderHistory(List<OrderEvent> events) {

    public OrderHistory {
        events = events.stream().sorted(OrderEvent.CHRONOLOGICAL).toList();
    }

    /**
     * The completion; if tracking ever sent two, the first counts (the accrual's cause allows only
     * one).
     */
    public Optional<OrderEvent> completion() {
        return events.stream().filter(e -> e.kind == OrderEvent.Kind.COMPLETED).findFirst();
    }

    public List<OrderEvent> changes() {
        return events.stream().filter(e -> e.kind != OrderEvent.Kind.COMPLETED).toList();
    }

    /**
     * What the order adds to its period's net revenue: its amount less refunds, nothing once
     * cancelled.
     */
    public long netRevenue() {
        return completion()
                .map(c -> cancelled(changes()) ? 0 : c.orderAmountMinor - refunded(c, changes()))
                .orElse(0L);
    }

    /**
     * How much more to reverse (a positive amount) once these changes are known, for an order that
     * earned {@code earnedMinor} and has had {@code reversedMinor} reversed so far. Refunds reverse
     * the refunded share of the order at the rate it earned, rounded half-up on the cumulative
     * refunded sum so that partial refunds add up to a full one exactly; a cancellation reverses
     * what is left. Never more than earned, whatever the order in which the changes arrived.
     */
    public long reversalDue(long earnedMinor, long reversedMinor, List<OrderEvent> knownChanges) {
        var completed =
                completion()
                        .orElseThrow(() -> new IllegalStateException("order has not completed"));
        long amount = completed.orderAmountMinor;
        long target =
                cancelled(knownChanges)
                        ? earnedMinor
                        : amount == 0
                                ? 0
                                : Rounding.share(
                                        earnedMinor, refunded(completed, knownChanges), amount);
        return Math.max(0, target - reversedMinor);
    }

    private static boolean cancelled(List<OrderEvent> changes) {
        return changes.stream().anyMatch(e -> e.kind == OrderEvent.Kind.CANCELLED);
    }

    private static long refunded(OrderEvent completed, List<OrderEvent> changes) {
        long refunds = changes.stream().mapToLong(e -> e.refundAmountMinor).sum();
        return Math.min(refunds, completed.orderAmountMinor);
    }
}
