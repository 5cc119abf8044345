package com.creatorplatform.payout.service;

import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.OrderEvent;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.Budget;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.BudgetStop;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.OrderKey;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.Period;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What applying a batch's new events one after another would have found in the database at each
 * step, answered from what the batch read up front: the stored events (the batch's own ones each
 * visible from its turn on), the stored entries and the entries appended by the events before, and
 * what each campaign has committed so far. Asking for an order, period or budget the batch did not
 * read is a bug, not an empty answer.
 */
final class LedgerSoFar {

    private final Map<String, Integer> turnOf = new HashMap<>();
    private final Map<OrderKey, List<OrderEvent>> eventsByOrder = new HashMap<>();
    private final Map<Period, Set<OrderKey>> ordersByPeriod = new HashMap<>();
    private final Set<Period> periodsRead;
    private final Set<UUID> known = new HashSet<>();
    private final Set<String> causes = new HashSet<>();
    private final Map<OrderKey, List<LedgerEntry>> entriesByOrder = new HashMap<>();
    private final Map<Period, List<LedgerEntry>> entriesByPeriod = new HashMap<>();
    private final Map<Budget, Long> committed;
    private final Set<String> stopped = new HashSet<>();
    private final List<LedgerEntry> appended = new ArrayList<>();
    private final List<BudgetStop> stops = new ArrayList<>();
    private int turn = -1;
    private Instant lastAppendedAt = Instant.MIN;

    /**
     * @param newEvents the batch's events stored just now, in the order they are applied
     * @param events every stored event of the orders and periods read (duplicates allowed)
     * @param entries every stored entry of those orders and periods (duplicates allowed)
     */
    LedgerSoFar(
            List<OrderEvent> newEvents,
            Collection<OrderEvent> events,
            Collection<LedgerEntry> entries,
            Set<Period> periodsRead,
            Map<Budget, Long> committed) {
        for (int i = 0; i < newEvents.size(); i++) {
            turnOf.put(newEvents.get(i).eventId, i);
        }
        var seen = new HashSet<String>();
        for (OrderEvent event : events) {
            if (!seen.add(event.eventId)) {
                continue;
            }
            var order = OrderKey.of(event);
            eventsByOrder.computeIfAbsent(order, k -> new ArrayList<>()).add(event);
            if (event.kind == OrderEvent.Kind.COMPLETED) {
                ordersByPeriod
                        .computeIfAbsent(Period.of(event), k -> new LinkedHashSet<>())
                        .add(order);
            }
        }
        this.periodsRead = periodsRead;
        this.committed = new HashMap<>(committed);
        entries.forEach(this::remember);
    }

    /** From now on, the answers are those the batch's new event number {@code turn} would get. */
    void turn(int turn) {
        this.turn = turn;
    }

    /** The order's events stored so far. */
    List<OrderEvent> eventsOf(OrderKey order) {
        var events = eventsByOrder.get(order);
        if (events == null) {
            throw new IllegalStateException("order " + order + " was not read");
        }
        return events.stream().filter(this::stored).toList();
    }

    /** Every event stored so far of the orders completed in the period. */
    List<OrderEvent> eventsOf(Period period) {
        read(period);
        var events = new ArrayList<OrderEvent>();
        for (OrderKey order : ordersByPeriod.getOrDefault(period, Set.of())) {
            var stored = eventsOf(order);
            if (stored.stream()
                    .anyMatch(
                            e ->
                                    e.kind == OrderEvent.Kind.COMPLETED
                                            && Period.of(e).equals(period))) {
                events.addAll(stored);
            }
        }
        return events;
    }

    /** The order's entries so far (its accrual and reversals). */
    List<LedgerEntry> entriesOf(OrderKey order) {
        if (!eventsByOrder.containsKey(order)) {
            throw new IllegalStateException("order " + order + " was not read");
        }
        return entriesByOrder.getOrDefault(order, List.of());
    }

    /** The entries counted in the period so far. */
    List<LedgerEntry> entriesOf(Period period) {
        read(period);
        return entriesByPeriod.getOrDefault(period, List.of());
    }

    /** What the campaign has committed of its budget so far. */
    long committed(Budget budget) {
        var sum = committed.get(budget);
        if (sum == null) {
            throw new IllegalStateException("budget " + budget + " was not read");
        }
        return sum;
    }

    /**
     * A moment for an entry made now, later than the one before it, so entries keep the order in
     * which they were made (in microseconds, as the database stores them).
     */
    Instant appendedAt(Instant now) {
        var at = now.truncatedTo(ChronoUnit.MICROS);
        lastAppendedAt =
                at.isAfter(lastAppendedAt) ? at : lastAppendedAt.plus(1, ChronoUnit.MICROS);
        return lastAppendedAt;
    }

    /**
     * Appends the entry unless its brand has one of the same cause; tells whether it was appended.
     */
    boolean append(LedgerEntry entry) {
        if (causes.contains(entry.brandId + " " + entry.cause)) {
            return false;
        }
        remember(entry);
        appended.add(entry);
        if (entry.campaignId != null) {
            committed.computeIfPresent(
                    new Budget(entry.brandId, entry.campaignId, entry.currency),
                    (budget, sum) -> sum + entry.amountMinor);
        }
        return true;
    }

    /** Records that the cap cut the credit short, unless its cause was cut before. */
    void stop(LedgerEntry wanted, long grantedMinor) {
        if (stopped.add(wanted.brandId + " " + wanted.cause)) {
            stops.add(new BudgetStop(wanted, wanted.amountMinor, grantedMinor));
        }
    }

    /** The entries appended, in the order they were. */
    List<LedgerEntry> appended() {
        return appended;
    }

    /** The budget stops recorded, in the order they were. */
    List<BudgetStop> stops() {
        return stops;
    }

    private boolean stored(OrderEvent event) {
        Integer its = turnOf.get(event.eventId);
        return its == null || its <= turn;
    }

    private void read(Period period) {
        if (!periodsRead.contains(period)) {
            throw new IllegalStateException("period " + period + " was not read");
        }
    }

    private void remember(LedgerEntry entry) {
        if (!known.add(entry.id)) {
            return;
        }
        causes.add(entry.brandId + " " + entry.cause);
        if (entry.orderId != null) {
            entriesByOrder
                    .computeIfAbsent(
                            new OrderKey(entry.brandId, entry.orderId), k -> new ArrayList<>())
                    .add(entry);
        }
        var period = Period.of(entry);
        if (period != null) {
            entriesByPeriod.computeIfAbsent(period, k -> new ArrayList<>()).add(entry);
        }
    }
}
