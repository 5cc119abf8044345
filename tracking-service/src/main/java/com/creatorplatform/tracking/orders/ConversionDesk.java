package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.tracking.client.BrandSettings;
import com.creatorplatform.tracking.reports.ReportFilter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Use cases of orders: recording (with attribution), completion, cancellation and refunds. Every
 * change writes, in the same transaction, its outbox event for payouts and its report rollup; a new
 * attributed order and a refund write the brand's webhook event too.
 *
 * <p>Reports are stored in batches (ADR 0075, {@link GroupCommit}): new orders in one lane, changes
 * of stored orders in another, each batch one transaction, and every caller answered once its batch
 * has committed. The rules stay per order and are applied in the order the reports came, so a batch
 * stores exactly what the same reports one by one would.
 */
@ApplicationScoped
public class ConversionDesk {

    private static final Logger LOG = Logger.getLogger(ConversionDesk.class);

    /** The most reports one transaction stores. */
    static final int MAX_BATCH = 500;

    /** An order and its refunds, as answered to callers. */
    public record OrderView(CustomerOrder order, List<OrderRefund> refunds) {}

    private record NewOrder(CustomerOrder.Report report, boolean completed) {

        OrderStore.Key key() {
            return new OrderStore.Key(report.brandId(), report.orderId());
        }
    }

    /** A change the shop reported of an order already recorded. */
    private interface Change {
        UUID brandId();

        String orderId();

        default OrderStore.Key key() {
            return new OrderStore.Key(brandId(), orderId());
        }

        /**
         * Applies the change to the locked order by its rules; what it writes joins the batch's.
         */
        void applyTo(CustomerOrder order, Applying batch);
    }

    /**
     * A batch of changes being applied: the refunds already stored or made earlier in the batch (by
     * brand and refund id), the brands' zones, what the batch writes.
     */
    private record Applying(
            Map<String, OrderRefund> refunds,
            Map<UUID, ZoneId> zones,
            OrderChanges writes,
            Instant now) {

        Optional<OrderRollup.DayChange> figures(
                CustomerOrder order, Optional<OrderFigures.Change> change) {
            return OrderRollup.on(order, change, zones.get(order.brandId));
        }
    }

    private record Completion(UUID brandId, String orderId, Instant at) implements Change {

        @Override
        public void applyTo(CustomerOrder order, Applying batch) {
            if (order.complete(at, batch.now())) {
                batch.writes()
                        .add(
                                order,
                                false,
                                null,
                                OrderEvents.completed(order),
                                Optional.empty(),
                                batch.figures(order, OrderFigures.completed(order)));
            }
        }
    }

    private record Cancellation(UUID brandId, String orderId, Instant at) implements Change {

        @Override
        public void applyTo(CustomerOrder order, Applying batch) {
            boolean wasCompleted = order.status == OrderStatus.COMPLETED;
            if (order.cancel()) {
                batch.writes()
                        .add(
                                order,
                                false,
                                null,
                                OrderEvents.cancelled(order, wasCompleted, at),
                                Optional.empty(),
                                batch.figures(order, OrderFigures.cancelled(order, wasCompleted)));
            }
        }
    }

    private record Refund(
            UUID brandId, String orderId, String refundId, long amount, String currency, Instant at)
            implements Change {

        String refundKey() {
            return OrderStore.refundKey(brandId, refundId);
        }

        @Override
        public void applyTo(CustomerOrder order, Applying batch) {
            OrderRefund existing = batch.refunds().get(refundKey());
            if (existing != null) {
                if (!existing.sameAs(order, amount)) {
                    throw ApiError.alreadyExists(
                            "refund_id '" + refundId + "' was used for a different refund");
                }
                return;
            }
            order.refund(amount, currency);
            var refund = OrderRefund.of(order, refundId, amount, at);
            batch.refunds().put(refundKey(), refund);
            batch.writes()
                    .add(
                            order,
                            false,
                            refund,
                            OrderEvents.refunded(order, refund),
                            Optional.of(BrandEvents.refunded(order, refund)),
                            batch.figures(order, OrderFigures.refunded(order, refund)));
        }
    }

    private final Pool db;
    private final OrderRepository orders;
    private final OrderAttribution attribution;
    private final BrandSettings brands;
    private final AttributionCounts attributions;
    private final Clock clock;
    private final GroupCommit<NewOrder, OrderView> newOrders =
            new GroupCommit<>(MAX_BATCH, this::recordAll);
    private final GroupCommit<Change, OrderView> changes =
            new GroupCommit<>(MAX_BATCH, this::changeAll);

    ConversionDesk(
            Pool db,
            OrderRepository orders,
            OrderAttribution attribution,
            BrandSettings brands,
            AttributionCounts attributions,
            Clock clock) {
        this.db = db;
        this.orders = orders;
        this.attribution = attribution;
        this.brands = brands;
        this.attributions = attributions;
        this.clock = clock;
    }

    /**
     * Records and attributes a new order; a repeated report answers the order as first recorded.
     */
    public Uni<OrderView> record(CustomerOrder.Report report, boolean completed) {
        validate(report);
        return newOrders.submit(new NewOrder(report, completed));
    }

    public Uni<OrderView> complete(UUID brandId, String orderId, Instant at) {
        return changes.submit(new Completion(brandId, orderId, at));
    }

    public Uni<OrderView> cancel(UUID brandId, String orderId, Instant at) {
        return changes.submit(new Cancellation(brandId, orderId, at));
    }

    /** Refunds once per refund id; the same refund reported again changes nothing. */
    public Uni<OrderView> refund(
            UUID brandId,
            String orderId,
            String refundId,
            long amount,
            String currency,
            Instant at) {
        if (refundId == null || refundId.isBlank()) {
            throw ApiError.invalidArgument("refund_id is required");
        }
        return changes.submit(new Refund(brandId, orderId, refundId, amount, currency, at));
    }

    /**
     * A batch of new-order reports: those already recorded (or repeated within the batch) answer
     * the order as first recorded; the others are attributed together and stored in one
     * transaction.
     */
    private Uni<Void> recordAll(List<GroupCommit.Item<NewOrder, OrderView>> items) {
        Instant now = clock.instant();
        Map<OrderStore.Key, List<GroupCommit.Item<NewOrder, OrderView>>> byKey =
                new LinkedHashMap<>();
        items.forEach(
                item ->
                        byKey.computeIfAbsent(item.request.key(), k -> new ArrayList<>())
                                .add(item));
        return recorded(byKey.keySet())
                .flatMap(
                        existing -> {
                            existing.forEach((key, view) -> answer(byKey.get(key), view));
                            var fresh =
                                    byKey.entrySet().stream()
                                            .filter(e -> !existing.containsKey(e.getKey()))
                                            .map(e -> e.getValue().get(0).request)
                                            .toList();
                            if (fresh.isEmpty()) {
                                return Uni.createFrom().voidItem();
                            }
                            return attribution
                                    .attribute(fresh.stream().map(NewOrder::report).toList(), now)
                                    .flatMap(attempts -> store(fresh, attempts, byKey, now));
                        });
    }

    private Uni<Void> store(
            List<NewOrder> fresh,
            List<OrderAttribution.Attempt> attempts,
            Map<OrderStore.Key, List<GroupCommit.Item<NewOrder, OrderView>>> byKey,
            Instant now) {
        var recorded = new ArrayList<CustomerOrder>();
        var completedAt = new HashMap<CustomerOrder, Instant>();
        for (int i = 0; i < fresh.size(); i++) {
            var attempt = attempts.get(i);
            var report = fresh.get(i);
            if (attempt.failure() != null) {
                byKey.get(report.key()).forEach(item -> item.fail(attempt.failure()));
            } else {
                recorded.add(attempt.order());
                if (report.completed()) {
                    completedAt.put(attempt.order(), report.report().orderedAt());
                }
            }
        }
        if (recorded.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return zones(recorded.stream().map(o -> o.brandId).collect(Collectors.toSet()))
                .flatMap(
                        zones -> {
                            var writes = new OrderChanges();
                            for (CustomerOrder order : recorded) {
                                Instant completes = completedAt.get(order);
                                if (completes != null) {
                                    order.complete(completes, now);
                                }
                                writes.add(
                                        order,
                                        true,
                                        null,
                                        completes != null
                                                ? OrderEvents.completed(order)
                                                : Optional.empty(),
                                        BrandEvents.attributed(order),
                                        completes != null
                                                ? OrderRollup.on(
                                                        order,
                                                        OrderFigures.completed(order),
                                                        zones.get(order.brandId))
                                                : Optional.empty());
                            }
                            return db.withTransaction(
                                    connection -> OrderStore.write(connection, writes, now));
                        })
                .flatMap(
                        notStored -> {
                            for (CustomerOrder order : recorded) {
                                var key = new OrderStore.Key(order.brandId, order.orderId);
                                if (!notStored.contains(key)) {
                                    attributions.recorded(order);
                                    LOG.debugf(
                                            "order %s of brand %s: %s (%s) %s",
                                            order.orderId,
                                            order.brandId,
                                            order.outcome,
                                            order.rule,
                                            order.reason);
                                    answer(byKey.get(key), new OrderView(order, List.of()));
                                }
                            }
                            // A concurrent writer stored these first: answer them as it did.
                            return recorded(notStored)
                                    .invoke(
                                            stored ->
                                                    stored.forEach(
                                                            (key, view) ->
                                                                    answer(byKey.get(key), view)));
                        })
                .replaceWithVoid();
    }

    /**
     * A batch of changes of recorded orders, in one transaction with the orders locked; each change
     * is applied by the order's rules in the order reported, and one that breaks a rule is refused
     * alone.
     */
    private Uni<Void> changeAll(List<GroupCommit.Item<Change, OrderView>> items) {
        Instant now = clock.instant();
        return db.withTransaction(
                connection ->
                        OrderStore.ordersForUpdate(
                                        connection,
                                        items.stream()
                                                .map(item -> item.request.key())
                                                .collect(Collectors.toSet()))
                                .flatMap(
                                        locked ->
                                                refundsAsked(connection, items)
                                                        .flatMap(
                                                                known ->
                                                                        zones(
                                                                                        locked
                                                                                                .values()
                                                                                                .stream()
                                                                                                .map(
                                                                                                        o ->
                                                                                                                o.brandId)
                                                                                                .collect(
                                                                                                        Collectors
                                                                                                                .toSet()))
                                                                                .flatMap(
                                                                                        zones ->
                                                                                                apply(
                                                                                                        connection,
                                                                                                        items,
                                                                                                        locked,
                                                                                                        known,
                                                                                                        zones,
                                                                                                        now)))));
    }

    private Uni<Void> apply(
            SqlConnection connection,
            List<GroupCommit.Item<Change, OrderView>> items,
            Map<OrderStore.Key, CustomerOrder> locked,
            Map<String, OrderRefund> knownRefunds,
            Map<UUID, ZoneId> zones,
            Instant now) {
        var batch = new Applying(new HashMap<>(knownRefunds), zones, new OrderChanges(), now);
        var changed = new LinkedHashMap<GroupCommit.Item<Change, OrderView>, CustomerOrder>();
        for (var item : items) {
            var change = item.request;
            CustomerOrder order = locked.get(change.key());
            if (order == null) {
                item.fail(ApiError.notFound("order " + change.orderId() + " does not exist"));
                continue;
            }
            try {
                change.applyTo(order, batch);
                changed.put(item, order);
            } catch (ApiError refused) {
                item.fail(refused);
            }
        }
        return OrderStore.write(connection, batch.writes(), now)
                .chain(
                        () ->
                                OrderStore.refundsOf(
                                        connection,
                                        changed.values().stream().map(o -> o.id).toList()))
                .invoke(
                        refundsByOrder ->
                                changed.forEach(
                                        (item, order) ->
                                                item.answer(
                                                        new OrderView(
                                                                order,
                                                                refundsByOrder.getOrDefault(
                                                                        order.id, List.of())))))
                .replaceWithVoid();
    }

    private static Uni<Map<String, OrderRefund>> refundsAsked(
            SqlConnection connection, List<GroupCommit.Item<Change, OrderView>> items) {
        var brandIds = new ArrayList<UUID>();
        var refundIds = new ArrayList<String>();
        for (var item : items) {
            if (item.request instanceof Refund r) {
                brandIds.add(r.brandId());
                refundIds.add(r.refundId());
            }
        }
        return OrderStore.refundsById(connection, brandIds, refundIds);
    }

    /** The orders already recorded among {@code keys}, with their refunds. */
    private Uni<Map<OrderStore.Key, OrderView>> recorded(Set<OrderStore.Key> keys) {
        return OrderStore.orders(db, keys)
                .flatMap(found -> views(found.values()))
                .map(
                        views -> {
                            var byKey = new HashMap<OrderStore.Key, OrderView>();
                            views.forEach(
                                    v ->
                                            byKey.put(
                                                    new OrderStore.Key(
                                                            v.order().brandId, v.order().orderId),
                                                    v));
                            return byKey;
                        });
    }

    /**
     * The brands' time zones, which report days follow (ADR 0066); a brand whose zone cannot be
     * told fails the batch's writes, as a change cannot be counted without its day.
     */
    private Uni<Map<UUID, ZoneId>> zones(Set<UUID> brandIds) {
        if (brandIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var ids = List.copyOf(brandIds);
        return Uni.join()
                .all(ids.stream().map(brands::zone).toList())
                .andFailFast()
                .map(
                        found -> {
                            var zones = new HashMap<UUID, ZoneId>();
                            for (int i = 0; i < ids.size(); i++) {
                                zones.put(ids.get(i), found.get(i));
                            }
                            return zones;
                        });
    }

    private static <R> void answer(List<GroupCommit.Item<NewOrder, R>> items, R answer) {
        items.forEach(item -> item.answer(answer));
    }

    /** The orders among the ids, with their refunds, in the order asked (each once). */
    public Uni<List<OrderView>> byOrderIds(UUID brandId, List<String> orderIds) {
        var keys = new LinkedHashSet<OrderStore.Key>();
        orderIds.forEach(id -> keys.add(new OrderStore.Key(brandId, id)));
        return recorded(keys)
                .map(found -> keys.stream().filter(found::containsKey).map(found::get).toList());
    }

    /**
     * The orders a report covers with their refunds, newest first (by order time), one page after
     * the cursor.
     */
    public Uni<Page<OrderView>> transactions(ReportFilter filter, PageCursor after, int size) {
        return Panache.withSession(
                () ->
                        orders.newestFirst(filter, after, size + 1)
                                .flatMap(this::views)
                                .map(
                                        views ->
                                                Page.of(
                                                        views,
                                                        size,
                                                        v -> v.order().orderedAt,
                                                        v -> v.order().id)));
    }

    private Uni<List<OrderView>> views(Collection<CustomerOrder> found) {
        return OrderStore.refundsOf(db, found.stream().map(o -> o.id).toList())
                .map(
                        refunds ->
                                found.stream()
                                        .map(
                                                o ->
                                                        new OrderView(
                                                                o,
                                                                refunds.getOrDefault(
                                                                        o.id, List.of())))
                                        .toList());
    }

    private static void validate(CustomerOrder.Report report) {
        if (report.orderId() == null || report.orderId().isBlank()) {
            throw ApiError.invalidArgument("order_id is required");
        }
        if (report.orderId().length() > 200) {
            throw ApiError.invalidArgument("order_id must be at most 200 characters");
        }
        if (report.amountMinor() <= 0) {
            throw ApiError.invalidArgument("amount must be positive");
        }
        WireTypes.currency("amount.currency", report.currency());
        if (report.orderedAt() == null) {
            throw ApiError.invalidArgument("ordered_at is required");
        }
    }
}
