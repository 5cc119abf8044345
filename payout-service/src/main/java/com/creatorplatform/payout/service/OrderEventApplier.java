package com.creatorplatform.payout.service;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.payout.domain.CreditTerms;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.LedgerEntryKind;
import com.creatorplatform.payout.domain.OrderEvent;
import com.creatorplatform.payout.domain.OrderHistory;
import com.creatorplatform.payout.domain.OrderTerms;
import com.creatorplatform.payout.domain.PayoutEvents;
import com.creatorplatform.payout.repository.OrderEventBatchRepository;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.Budget;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.OrderKey;
import com.creatorplatform.payout.repository.OrderEventBatchRepository.Period;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Use case: turning tracking's order events into ledger entries, each event once. Every entry is a
 * correction towards what the stored events say is owed (an order's accrual and reversals, a
 * period's tier top-up and bonuses), so events may arrive twice or in any order and the sums come
 * out the same.
 *
 * <p>A batch is applied set-based (ADR 0076): its new events are stored by one statement, what they
 * need of the database is read by a few, the events are applied one after another in memory ({@link
 * LedgerSoFar} answering as the database would have at each step), and the entries, budget stops
 * and webhook events are written by one statement: the same entries as applying the events one by
 * one, in a constant number of round trips.
 */
@ApplicationScoped
public class OrderEventApplier {

    private static final Logger LOG = Logger.getLogger(OrderEventApplier.class);

    /** An event and the terms of the offer version its order was attributed under. */
    public record Incoming(OrderEvent event, OrderTerms terms) {}

    /** The order an event belongs to, once it has completed, and its terms. */
    private record Applying(OrderHistory history, OrderEvent completion, OrderTerms terms) {}

    private static final Set<LedgerEntryKind> ORDER_COMMISSION =
            Set.of(
                    LedgerEntryKind.ACCRUAL,
                    LedgerEntryKind.REVERSAL,
                    LedgerEntryKind.TIER_ADJUSTMENT);

    private final OrderEventBatchRepository store;
    private final Clock clock;

    OrderEventApplier(OrderEventBatchRepository store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Applies the batch in one transaction, in its order; returns the ids of the events applied for
     * the first time. An id repeated in the batch counts once, as its first occurrence.
     */
    public Uni<List<String>> apply(List<Incoming> batch) {
        var byId = new LinkedHashMap<String, Incoming>();
        batch.forEach(incoming -> byId.putIfAbsent(incoming.event().eventId, incoming));
        var distinct = List.copyOf(byId.values());
        var campaigns =
                distinct.stream()
                        .map(
                                incoming ->
                                        new CampaignLedger.Campaign(
                                                incoming.event().brandId,
                                                incoming.event().campaignId))
                        .toList();
        return store.inOneTransaction(
                connection ->
                        store.lock(connection, CampaignLedger.lockOrder(campaigns))
                                .chain(
                                        () ->
                                                store.insertOnce(
                                                        connection,
                                                        distinct.stream()
                                                                .map(Incoming::event)
                                                                .toList(),
                                                        clock.instant()))
                                .chain(
                                        stored -> {
                                            var fresh =
                                                    distinct.stream()
                                                            .filter(
                                                                    incoming ->
                                                                            stored.contains(
                                                                                    incoming.event()
                                                                                            .eventId))
                                                            .toList();
                                            var ids =
                                                    fresh.stream()
                                                            .map(
                                                                    incoming ->
                                                                            incoming.event()
                                                                                    .eventId)
                                                            .toList();
                                            return fresh.isEmpty()
                                                    ? Uni.createFrom().item(ids)
                                                    : applyStored(connection, fresh)
                                                            .replaceWith(ids);
                                        }));
    }

    /** Applies events just stored: reads what they need, applies them in memory, writes. */
    private Uni<Void> applyStored(SqlConnection connection, List<Incoming> fresh) {
        return read(connection, fresh)
                .chain(
                        soFar -> {
                            for (int turn = 0; turn < fresh.size(); turn++) {
                                soFar.turn(turn);
                                applyNew(soFar, fresh.get(turn));
                            }
                            return write(connection, soFar, fresh.size());
                        });
    }

    /**
     * Reads what applying the events can ask for: the events and entries of their orders, then,
     * knowing the orders' completions, the periods of tiered and bonus plans and the budgets of
     * capped campaigns those completions count in.
     */
    private Uni<LedgerSoFar> read(SqlConnection connection, List<Incoming> fresh) {
        var orders =
                fresh.stream().map(incoming -> OrderKey.of(incoming.event())).distinct().toList();
        return Uni.combine()
                .all()
                .unis(store.eventsOf(connection, orders), store.entriesOf(connection, orders))
                .asTuple()
                .chain(
                        ofOrders -> {
                            var completions =
                                    ofOrders.getItem1().stream()
                                            .filter(e -> e.kind == OrderEvent.Kind.COMPLETED)
                                            .collect(Collectors.groupingBy(OrderKey::of));
                            var periods = new HashSet<Period>();
                            var budgets = new HashSet<Budget>();
                            for (Incoming incoming : fresh) {
                                var plan = incoming.terms().plan();
                                boolean settled =
                                        plan.tiered() || !plan.terms().bonuses().isEmpty();
                                boolean capped =
                                        incoming.terms().credit().budgetCapMinor().isPresent();
                                for (OrderEvent completion :
                                        completions.getOrDefault(
                                                OrderKey.of(incoming.event()), List.of())) {
                                    if (settled) {
                                        periods.add(Period.of(completion));
                                    }
                                    if (capped) {
                                        budgets.add(budget(completion));
                                    }
                                }
                            }
                            return Uni.combine()
                                    .all()
                                    .unis(
                                            store.eventsOfPeriods(connection, periods),
                                            store.entriesOfPeriods(connection, periods),
                                            store.committed(connection, budgets))
                                    .asTuple()
                                    .map(
                                            ofPeriods ->
                                                    new LedgerSoFar(
                                                            fresh.stream()
                                                                    .map(Incoming::event)
                                                                    .toList(),
                                                            Stream.concat(
                                                                            ofOrders
                                                                                    .getItem1()
                                                                                    .stream(),
                                                                            ofPeriods
                                                                                    .getItem1()
                                                                                    .stream())
                                                                    .toList(),
                                                            Stream.concat(
                                                                            ofOrders
                                                                                    .getItem2()
                                                                                    .stream(),
                                                                            ofPeriods
                                                                                    .getItem2()
                                                                                    .stream())
                                                                    .toList(),
                                                            periods,
                                                            ofPeriods.getItem3()));
                        });
    }

    /**
     * Writes the entries appended, the budget stops and a {@code commission.credited} event per
     * credit actually appended (not stored before under the same cause).
     */
    private Uni<Void> write(SqlConnection connection, LedgerSoFar soFar, int events) {
        var appended = soFar.appended();
        if (appended.isEmpty() && soFar.stops().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return store.append(connection, appended, soFar.stops())
                .flatMap(
                        stored -> {
                            if (stored.size() != appended.size()) {
                                // Only an entry written outside the campaigns' locks could do this.
                                LOG.warnf(
                                        "%d of %d entries were stored already under their cause",
                                        appended.size() - stored.size(), appended.size());
                            }
                            LOG.debugf(
                                    "%d new order events: %d entries, %d budget stops",
                                    events, stored.size(), soFar.stops().size());
                            return WebhookOutbox.writeAll(
                                    connection,
                                    appended.stream()
                                            .filter(
                                                    entry ->
                                                            entry.amountMinor > 0
                                                                    && stored.contains(entry.id))
                                            .map(PayoutEvents::credited)
                                            .toList(),
                                    clock.instant());
                        });
    }

    private void applyNew(LedgerSoFar soFar, Incoming incoming) {
        var event = incoming.event();
        var history = new OrderHistory(soFar.eventsOf(OrderKey.of(event)));
        var completion = history.completion().orElse(null);
        if (completion == null) {
            // A refund or cancellation before its completion waits, stored, until the completion
            // arrives.
            return;
        }
        var order = new Applying(history, completion, incoming.terms());
        if (event.kind != OrderEvent.Kind.COMPLETED) {
            reverse(soFar, order, event, history.changes());
            settlePeriod(soFar, order, event);
            return;
        }
        if (!completion.eventId.equals(event.eventId)) {
            return; // a second completion of the same order earns nothing more
        }
        accrue(soFar, order);
        releaseWaitingChanges(soFar, order);
        settlePeriod(soFar, order, event);
    }

    private void accrue(LedgerSoFar soFar, Applying order) {
        var completion = order.completion();
        long wanted = order.terms().plan().orderAccrual(completion.orderAmountMinor);
        credit(
                soFar,
                entry(
                        soFar,
                        order,
                        completion,
                        LedgerEntryKind.ACCRUAL,
                        wanted,
                        "order:" + completion.orderId + ":accrual",
                        "order completed",
                        true),
                order.terms().credit());
    }

    /**
     * Applies the changes that arrived before the completion, one by one in the order they
     * happened.
     */
    private void releaseWaitingChanges(LedgerSoFar soFar, Applying order) {
        var changes = order.history().changes();
        for (int i = 0; i < changes.size(); i++) {
            reverse(soFar, order, changes.get(i), changes.subList(0, i + 1));
        }
    }

    private void reverse(
            LedgerSoFar soFar, Applying order, OrderEvent change, List<OrderEvent> knownChanges) {
        var completion = order.completion();
        var entries = soFar.entriesOf(OrderKey.of(completion));
        long due =
                order.history()
                        .reversalDue(
                                sum(entries, LedgerEntryKind.ACCRUAL),
                                -sum(entries, LedgerEntryKind.REVERSAL),
                                knownChanges);
        boolean cancelled = change.kind == OrderEvent.Kind.CANCELLED;
        String cause =
                "order:"
                        + completion.orderId
                        + (cancelled ? ":cancel:" : ":refund:")
                        + change.eventId;
        append(
                soFar,
                entry(
                        soFar,
                        order,
                        change,
                        LedgerEntryKind.REVERSAL,
                        -due,
                        cause,
                        cancelled ? "order cancelled" : "order refunded",
                        true));
    }

    /**
     * Brings the period's tier top-up and bonuses to what its net revenue now earns. The entries
     * are differences, each named after the event that made them necessary, all computed from the
     * period as it stood before them.
     */
    private void settlePeriod(LedgerSoFar soFar, Applying order, OrderEvent trigger) {
        var completion = order.completion();
        var plan = order.terms().plan();
        if (!plan.tiered() && plan.terms().bonuses().isEmpty()) {
            return;
        }
        String period =
                "%s:%s:%s"
                        .formatted(
                                completion.offerVersionId,
                                completion.creatorId,
                                YearMonth.from(completion.period()));
        var ofPeriod = Period.of(completion);
        long netRevenue =
                soFar.eventsOf(ofPeriod).stream()
                        .collect(Collectors.groupingBy(e -> e.orderId))
                        .values()
                        .stream()
                        .mapToLong(orderEvents -> new OrderHistory(orderEvents).netRevenue())
                        .sum();
        var entries = List.copyOf(soFar.entriesOf(ofPeriod));
        long orderCommission =
                entries.stream()
                        .filter(e -> ORDER_COMMISSION.contains(e.kind))
                        .mapToLong(e -> e.amountMinor)
                        .sum();
        var changes = new ArrayList<LedgerEntry>();
        changes.add(
                entry(
                        soFar,
                        order,
                        trigger,
                        LedgerEntryKind.TIER_ADJUSTMENT,
                        plan.tierAdjustment(netRevenue, orderCommission),
                        "tier:" + period + ":" + trigger.eventId,
                        "tier top-up: the period's net revenue is now " + netRevenue,
                        false));
        for (int i = 0; i < plan.terms().bonuses().size(); i++) {
            String bonus = "bonus:" + period + ":" + i + ":";
            long paid =
                    entries.stream()
                            .filter(e -> e.cause.startsWith(bonus))
                            .mapToLong(e -> e.amountMinor)
                            .sum();
            long delta = plan.bonusAdjustment(i, netRevenue, paid);
            changes.add(
                    entry(
                            soFar,
                            order,
                            trigger,
                            LedgerEntryKind.BONUS,
                            delta,
                            bonus + trigger.eventId,
                            delta > 0
                                    ? "period net revenue reached the bonus threshold"
                                    : "period net revenue fell below the bonus threshold",
                            false));
        }
        for (LedgerEntry change : changes) {
            if (change.amountMinor > 0) {
                credit(soFar, change, order.terms().credit());
            } else {
                append(soFar, change);
            }
        }
    }

    /**
     * Appends a credit cut to what the campaign's budget still allows, recording the stop when it
     * is cut (as {@link CampaignLedger#credit} does in a transaction of its own).
     */
    private static void credit(LedgerSoFar soFar, LedgerEntry wanted, CreditTerms terms) {
        if (wanted.amountMinor > 0 && terms.budgetCapMinor().isPresent()) {
            long granted = terms.grant(wanted.amountMinor, soFar.committed(budget(wanted)));
            if (granted != wanted.amountMinor) {
                soFar.stop(wanted, granted);
                wanted.amountMinor = granted;
            }
        }
        append(soFar, wanted);
    }

    /** Appends the entry once per cause; a zero entry is not written. */
    private static void append(LedgerSoFar soFar, LedgerEntry entry) {
        if (entry.amountMinor != 0) {
            soFar.append(entry);
        }
    }

    private LedgerEntry entry(
            LedgerSoFar soFar,
            Applying order,
            OrderEvent trigger,
            LedgerEntryKind kind,
            long amountMinor,
            String cause,
            String reason,
            boolean orderLevel) {
        var completion = order.completion();
        return LedgerEntry.fromOrder(
                kind,
                amountMinor,
                cause,
                reason,
                trigger,
                completion,
                orderLevel,
                order.terms().credit().payableAt(completion.holdStart()),
                soFar.appendedAt(clock.instant()));
    }

    private static Budget budget(OrderEvent completion) {
        return new Budget(completion.brandId, completion.campaignId, completion.currency);
    }

    private static Budget budget(LedgerEntry entry) {
        return new Budget(entry.brandId, entry.campaignId, entry.currency);
    }

    private static long sum(List<LedgerEntry> entries, LedgerEntryKind kind) {
        return entries.stream().filter(e -> e.kind == kind).mapToLong(e -> e.amountMinor).sum();
    }
}
