package com.creatorplatform.payout.service;

import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.LedgerEntryKind;
import com.creatorplatform.payout.domain.OrderEvent;
import com.creatorplatform.payout.domain.OrderHistory;
import com.creatorplatform.payout.domain.OrderTerms;
import com.creatorplatform.payout.repository.LedgerRepository;
import com.creatorplatform.payout.repository.OrderEventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: turning tracking's order events into ledger entries, each event once. Every entry is a
 * correction towards what the stored events say is owed (an order's accrual and reversals, a
 * period's tier top-up and bonuses), so events may arrive twice or in any order and the sums come
 * out the same.
 */
@ApplicationScoped
public class OrderEventApplier {

    /** An event and the terms of the offer version its order was attributed under. */
    public record Incoming(OrderEvent event, OrderTerms terms) {}

    /** The order an event belongs to, once it has completed, and its terms. */
    private record Applying(OrderHistory history, OrderEvent completion, OrderTerms terms) {}

    private static final Set<LedgerEntryKind> ORDER_COMMISSION =
            Set.of(
                    LedgerEntryKind.ACCRUAL,
                    LedgerEntryKind.REVERSAL,
                    LedgerEntryKind.TIER_ADJUSTMENT);

    private final OrderEventRepository events;
    private final LedgerRepository ledger;
    private final CampaignLedger campaigns;
    private final Clock clock;

    OrderEventApplier(
            OrderEventRepository events,
            LedgerRepository ledger,
            CampaignLedger campaigns,
            Clock clock) {
        this.events = events;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * Applies the batch in one transaction; returns the ids of the events applied for the first
     * time.
     */
    @WithTransaction
    public Uni<List<String>> apply(List<Incoming> batch) {
        var newlyApplied = new ArrayList<String>();
        Uni<Void> chain =
                campaigns.lock(
                        batch.stream()
                                .map(
                                        incoming ->
                                                new CampaignLedger.Campaign(
                                                        incoming.event().brandId,
                                                        incoming.event().campaignId))
                                .toList());
        for (Incoming incoming : batch) {
            chain =
                    chain.chain(() -> events.insertOnce(incoming.event(), clock.instant()))
                            .chain(
                                    isNew -> {
                                        if (!isNew) {
                                            return Uni.createFrom().voidItem();
                                        }
                                        newlyApplied.add(incoming.event().eventId);
                                        return applyNew(incoming);
                                    });
        }
        return chain.map(done -> newlyApplied);
    }

    private Uni<Void> applyNew(Incoming incoming) {
        var event = incoming.event();
        return events.ofOrder(event.brandId, event.orderId)
                .chain(
                        found -> {
                            var history = new OrderHistory(found);
                            var completion = history.completion().orElse(null);
                            if (completion == null) {
                                // A refund or cancellation before its completion waits, stored,
                                // until the completion arrives.
                                return Uni.createFrom().voidItem();
                            }
                            var order = new Applying(history, completion, incoming.terms());
                            if (event.kind != OrderEvent.Kind.COMPLETED) {
                                return reverse(order, event, history.changes())
                                        .chain(() -> settlePeriod(order, event));
                            }
                            if (!completion.eventId.equals(event.eventId)) {
                                return Uni.createFrom()
                                        .voidItem(); // a second completion of the same order earns
                                // nothing more
                            }
                            return accrue(order)
                                    .chain(() -> releaseWaitingChanges(order))
                                    .chain(() -> settlePeriod(order, event));
                        });
    }

    private Uni<Void> accrue(Applying order) {
        var completion = order.completion();
        long wanted = order.terms().plan().orderAccrual(completion.orderAmountMinor);
        return campaigns.credit(
                entry(
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
    private Uni<Void> releaseWaitingChanges(Applying order) {
        var changes = order.history().changes();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < changes.size(); i++) {
            var known = changes.subList(0, i + 1);
            var change = changes.get(i);
            chain = chain.chain(() -> reverse(order, change, known));
        }
        return chain;
    }

    private Uni<Void> reverse(Applying order, OrderEvent change, List<OrderEvent> knownChanges) {
        var completion = order.completion();
        return ledger.ofOrder(completion.brandId, completion.orderId)
                .chain(
                        entries -> {
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
                            return campaigns.append(
                                    entry(
                                            order,
                                            change,
                                            LedgerEntryKind.REVERSAL,
                                            -due,
                                            cause,
                                            cancelled ? "order cancelled" : "order refunded",
                                            true));
                        });
    }

    /**
     * Brings the period's tier top-up and bonuses to what its net revenue now earns. The entries
     * are differences, each named after the event that made them necessary.
     */
    private Uni<Void> settlePeriod(Applying order, OrderEvent trigger) {
        var completion = order.completion();
        var plan = order.terms().plan();
        if (!plan.tiered() && plan.terms().bonuses().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String period =
                "%s:%s:%s"
                        .formatted(
                                completion.offerVersionId,
                                completion.creatorId,
                                YearMonth.from(completion.period()));
        return events.ofPeriod(completion)
                .chain(
                        found ->
                                ledger.ofPeriod(completion)
                                        .chain(
                                                entries -> {
                                                    long netRevenue =
                                                            found.stream()
                                                                    .collect(
                                                                            Collectors.groupingBy(
                                                                                    e -> e.orderId))
                                                                    .values()
                                                                    .stream()
                                                                    .mapToLong(
                                                                            orderEvents ->
                                                                                    new OrderHistory(
                                                                                                    orderEvents)
                                                                                            .netRevenue())
                                                                    .sum();
                                                    long orderCommission =
                                                            entries.stream()
                                                                    .filter(
                                                                            e ->
                                                                                    ORDER_COMMISSION
                                                                                            .contains(
                                                                                                    e.kind))
                                                                    .mapToLong(e -> e.amountMinor)
                                                                    .sum();
                                                    Uni<Void> chain =
                                                            change(
                                                                    order,
                                                                    trigger,
                                                                    LedgerEntryKind.TIER_ADJUSTMENT,
                                                                    plan.tierAdjustment(
                                                                            netRevenue,
                                                                            orderCommission),
                                                                    "tier:"
                                                                            + period
                                                                            + ":"
                                                                            + trigger.eventId,
                                                                    "tier top-up: the period's net revenue is now "
                                                                            + netRevenue);
                                                    for (int i = 0;
                                                            i < plan.terms().bonuses().size();
                                                            i++) {
                                                        String bonus =
                                                                "bonus:" + period + ":" + i + ":";
                                                        long paid =
                                                                entries.stream()
                                                                        .filter(
                                                                                e ->
                                                                                        e.cause
                                                                                                .startsWith(
                                                                                                        bonus))
                                                                        .mapToLong(
                                                                                e -> e.amountMinor)
                                                                        .sum();
                                                        long delta =
                                                                plan.bonusAdjustment(
                                                                        i, netRevenue, paid);
                                                        chain =
                                                                chain.chain(
                                                                        () ->
                                                                                change(
                                                                                        order,
                                                                                        trigger,
                                                                                        LedgerEntryKind
                                                                                                .BONUS,
                                                                                        delta,
                                                                                        bonus
                                                                                                + trigger.eventId,
                                                                                        delta > 0
                                                                                                ? "period net revenue reached the bonus threshold"
                                                                                                : "period net revenue fell below the bonus threshold"));
                                                    }
                                                    return chain;
                                                }));
    }

    private Uni<Void> change(
            Applying order,
            OrderEvent trigger,
            LedgerEntryKind kind,
            long deltaMinor,
            String cause,
            String reason) {
        var entry = entry(order, trigger, kind, deltaMinor, cause, reason, false);
        return deltaMinor > 0
                ? campaigns.credit(entry, order.terms().credit())
                : campaigns.append(entry);
    }

    private LedgerEntry entry(
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
                clock.instant());
    }

    private static long sum(List<LedgerEntry> entries, LedgerEntryKind kind) {
        return entries.stream().filter(e -> e.kind == kind).mapToLong(e -> e.amountMinor).sum();
    }
}
