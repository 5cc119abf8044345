package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a batch of order reports writes: new orders, changed orders, refunds, and with each change
 * its payout event, its webhook event and its report figures (on the day already chosen), so that
 * they are stored together or not at all.
 */
final class OrderChanges {

    /** One change of one order and what it writes besides the order. */
    private record Change(
            CustomerOrder order,
            boolean isNew,
            OrderRefund refund,
            Optional<OrderEvent> payoutEvent,
            Optional<WebhookOutbox.Event> brandEvent,
            Optional<OrderRollup.DayChange> figures) {}

    private final List<Change> changes = new ArrayList<>();

    void add(
            CustomerOrder order,
            boolean isNew,
            OrderRefund refund,
            Optional<OrderEvent> payoutEvent,
            Optional<WebhookOutbox.Event> brandEvent,
            Optional<OrderRollup.DayChange> figures) {
        changes.add(new Change(order, isNew, refund, payoutEvent, brandEvent, figures));
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes, but none of the new orders named (stored by someone else meanwhile). */
    OrderChanges without(Set<OrderStore.Key> newOrders) {
        if (newOrders.isEmpty()) {
            return this;
        }
        var kept = new OrderChanges();
        for (Change c : changes) {
            if (!(c.isNew()
                    && newOrders.contains(
                            new OrderStore.Key(c.order().brandId, c.order().orderId)))) {
                kept.changes.add(c);
            }
        }
        return kept;
    }

    List<CustomerOrder> newOrders() {
        return changes.stream().filter(Change::isNew).map(Change::order).distinct().toList();
    }

    /** Existing orders as they are after all their changes in the batch, each once. */
    List<CustomerOrder> changedOrders() {
        Map<UUID, CustomerOrder> byId = new LinkedHashMap<>();
        changes.stream().filter(c -> !c.isNew()).forEach(c -> byId.put(c.order().id, c.order()));
        return List.copyOf(byId.values());
    }

    List<OrderRefund> refunds() {
        return changes.stream().map(Change::refund).filter(r -> r != null).toList();
    }

    List<OrderEvent> payoutEvents() {
        return changes.stream().flatMap(c -> c.payoutEvent().stream()).toList();
    }

    List<WebhookOutbox.Event> brandEvents() {
        return changes.stream().flatMap(c -> c.brandEvent().stream()).toList();
    }

    List<OrderRollup.DayChange> figures() {
        return changes.stream().flatMap(c -> c.figures().stream()).toList();
    }
}
