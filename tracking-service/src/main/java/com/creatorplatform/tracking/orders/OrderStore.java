package com.creatorplatform.tracking.orders;

import static com.creatorplatform.contract.SqlArrays.column;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.tracking.domain.attribution.Outcome;
import com.creatorplatform.tracking.domain.attribution.Rule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Orders, refunds and what their changes write, in plain SQL over the reactive client: a batch of
 * changes ({@link OrderChanges}) is a few pipelined statements, not a round trip per row.
 */
final class OrderStore {

    /** An order of a brand, as the shop names it. */
    record Key(UUID brandId, String orderId) {}

    private static final String ORDER_COLUMNS =
            "id, brand_id, order_id, amount_minor, currency, refunded_minor, status, ordered_at, completed_at, counted_on,"
                    + " customer_hash, click_id, discount_code, outcome, rule, creator_id, campaign_id, post_id, platform,"
                    + " touch_click_id, window_start, window_end, offer_version_id, offer_snapshot, reason, created_at";

    // One statement per batch, one array per column: a statement per row cost PostgreSQL an
    // execution each. A concurrent writer (another replica) may have stored the same order: it
    // keeps its row, and the order is not returned.
    private static final String INSERT_ORDERS =
            "insert into customer_order ("
                    + ORDER_COLUMNS
                    + ") select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int8[], $5::text[],"
                    + " $6::int8[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::date[], $11::text[],"
                    + " $12::uuid[], $13::text[], $14::text[], $15::text[], $16::uuid[], $17::uuid[], $18::uuid[],"
                    + " $19::text[], $20::uuid[], $21::timestamptz[], $22::timestamptz[], $23::uuid[],"
                    + " $24::bytea[], $25::text[], $26::timestamptz[])"
                    + " on conflict (brand_id, order_id) do nothing returning brand_id, order_id";

    private static final String UPDATE_ORDER =
            "update customer_order set status = $2, completed_at = $3, counted_on = $4, refunded_minor = $5"
                    + " where id = $1";

    private static final String ORDERS_BY_KEY =
            "select "
                    + ORDER_COLUMNS
                    + " from customer_order where (brand_id, order_id) in"
                    + " (select * from unnest($1::uuid[], $2::text[]))";

    // In id order, so that two writers locking some of the same orders cannot deadlock.
    private static final String ORDERS_FOR_UPDATE = ORDERS_BY_KEY + " order by id for update";

    private static final String REFUND_COLUMNS =
            "id, brand_id, refund_id, order_ref, amount_minor, refunded_at";

    private static final String INSERT_REFUND =
            "insert into order_refund (" + REFUND_COLUMNS + ") values ($1, $2, $3, $4, $5, $6)";

    private static final String REFUNDS_OF_ORDERS =
            "select "
                    + REFUND_COLUMNS
                    + " from order_refund where order_ref = any($1) order by refunded_at";

    private static final String REFUNDS_BY_ID =
            "select "
                    + REFUND_COLUMNS
                    + " from order_refund where (brand_id, refund_id) in"
                    + " (select * from unnest($1::uuid[], $2::text[]))";

    private static final String CODES =
            "select id, brand_id, code, creator_id, campaign_id, created_at from discount_code"
                    + " where (brand_id, upper(code)) in (select * from unnest($1::uuid[], $2::text[]))";

    // A transaction's events in one row (ADR 0080): a row per event cost more than the event.
    private static final String INSERT_OUTBOX =
            "insert into outbox_batch (created_at, event_count, event_ids, events)"
                    + " values ($1, $2, $3, $4)";

    private OrderStore() {}

    static Uni<Map<Key, CustomerOrder>> orders(SqlClient db, Collection<Key> keys) {
        return byKeys(db, ORDERS_BY_KEY, keys);
    }

    /** The orders locked until the transaction ends, so concurrent changes cannot both apply. */
    static Uni<Map<Key, CustomerOrder>> ordersForUpdate(SqlConnection db, Collection<Key> keys) {
        return byKeys(db, ORDERS_FOR_UPDATE, keys);
    }

    private static Uni<Map<Key, CustomerOrder>> byKeys(
            SqlClient db, String sql, Collection<Key> keys) {
        return byBrandAnd(
                db,
                sql,
                keys.stream().map(Key::brandId).toList(),
                keys.stream().map(Key::orderId).toList(),
                OrderStore::order,
                o -> new Key(o.brandId, o.orderId));
    }

    /**
     * Rows found by pairs of a brand and one of its names (order ids, refund ids, codes), each read
     * by {@code read} and keyed by {@code keyOf}.
     */
    private static <K, T> Uni<Map<K, T>> byBrandAnd(
            SqlClient db,
            String sql,
            List<UUID> brandIds,
            List<String> names,
            Function<Row, T> read,
            Function<T, K> keyOf) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.preparedQuery(sql)
                .execute(Tuple.of(brandIds.toArray(UUID[]::new), names.toArray(String[]::new)))
                .map(
                        rows -> {
                            var found = new HashMap<K, T>();
                            for (Row row : rows) {
                                T value = read.apply(row);
                                found.put(keyOf.apply(value), value);
                            }
                            return found;
                        });
    }

    /** The refunds of the orders, by order, oldest first. */
    static Uni<Map<UUID, List<OrderRefund>>> refundsOf(SqlClient db, Collection<UUID> orderRefs) {
        if (orderRefs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.preparedQuery(REFUNDS_OF_ORDERS)
                .execute(Tuple.of(orderRefs.toArray(UUID[]::new)))
                .map(
                        rows -> {
                            var byOrder = new HashMap<UUID, List<OrderRefund>>();
                            for (Row row : rows) {
                                var refund = refund(row);
                                byOrder.computeIfAbsent(refund.orderRef, o -> new ArrayList<>())
                                        .add(refund);
                            }
                            return byOrder;
                        });
    }

    /** Refunds by brand and the brand's refund id ({@code brandId + ":" + refundId}). */
    static Uni<Map<String, OrderRefund>> refundsById(
            SqlClient db, List<UUID> brandIds, List<String> refundIds) {
        return byBrandAnd(
                db,
                REFUNDS_BY_ID,
                brandIds,
                refundIds,
                OrderStore::refund,
                r -> refundKey(r.brandId, r.refundId));
    }

    /**
     * The brands' discount codes among those asked, by brand and upper-case code ({@code brandId +
     * ":" + CODE}).
     */
    static Uni<Map<String, DiscountCode>> codes(
            SqlClient db, List<UUID> brandIds, List<String> upperCodes) {
        return byBrandAnd(
                db, CODES, brandIds, upperCodes, OrderStore::code, c -> codeKey(c.brandId, c.code));
    }

    static String refundKey(UUID brandId, String refundId) {
        return brandId + ":" + refundId;
    }

    static String codeKey(UUID brandId, String code) {
        return brandId + ":" + code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Writes the changes in the caller's transaction and answers the new orders that were not
     * stored because the same order was already (a concurrent writer's); nothing of theirs is
     * written.
     */
    static Uni<Set<Key>> write(SqlConnection db, OrderChanges changes, Instant now) {
        var inserts = changes.newOrders();
        return insertOrders(db, inserts)
                .flatMap(
                        stored -> {
                            var notStored = new HashSet<Key>();
                            for (var order : inserts) {
                                var key = new Key(order.brandId, order.orderId);
                                if (!stored.contains(key)) {
                                    notStored.add(key);
                                }
                            }
                            var kept = changes.without(notStored);
                            return batch(
                                            db,
                                            UPDATE_ORDER,
                                            kept.changedOrders().stream()
                                                    .map(OrderStore::updateRow)
                                                    .toList())
                                    .flatMap(
                                            ignored ->
                                                    batch(
                                                            db,
                                                            INSERT_REFUND,
                                                            kept.refunds().stream()
                                                                    .map(OrderStore::refundRow)
                                                                    .toList()))
                                    .flatMap(ignored -> insertOutbox(db, kept.payoutEvents(), now))
                                    .flatMap(
                                            ignored ->
                                                    WebhookOutbox.writeAll(
                                                            db, kept.brandEvents(), now))
                                    .flatMap(ignored -> OrderRollup.add(db, kept.figures()))
                                    .replaceWith(notStored);
                        });
    }

    /** Runs the statement once per row in one pipelined batch (changes: few per batch). */
    private static Uni<Void> batch(SqlConnection db, String sql, List<Tuple> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }

    /** Inserts the new orders in one statement; answers the keys of those stored. */
    private static Uni<Set<Key>> insertOrders(SqlConnection db, List<CustomerOrder> orders) {
        if (orders.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return db.preparedQuery(INSERT_ORDERS)
                .execute(
                        Tuple.from(
                                List.of(
                                        column(orders, o -> o.id, UUID[]::new),
                                        column(orders, o -> o.brandId, UUID[]::new),
                                        column(orders, o -> o.orderId, String[]::new),
                                        column(orders, o -> o.amountMinor, Long[]::new),
                                        column(orders, o -> o.currency, String[]::new),
                                        column(orders, o -> o.refundedMinor, Long[]::new),
                                        column(orders, o -> o.status.name(), String[]::new),
                                        column(
                                                orders,
                                                o -> time(o.orderedAt),
                                                OffsetDateTime[]::new),
                                        column(
                                                orders,
                                                o -> time(o.completedAt),
                                                OffsetDateTime[]::new),
                                        column(orders, o -> o.countedOn, LocalDate[]::new),
                                        column(orders, o -> o.customerHash, String[]::new),
                                        column(orders, o -> o.clickId, UUID[]::new),
                                        column(orders, o -> o.discountCode, String[]::new),
                                        column(orders, o -> o.outcome.name(), String[]::new),
                                        column(orders, o -> o.rule.name(), String[]::new),
                                        column(orders, o -> o.creatorId, UUID[]::new),
                                        column(orders, o -> o.campaignId, UUID[]::new),
                                        column(orders, o -> o.postId, UUID[]::new),
                                        column(orders, o -> o.platform, String[]::new),
                                        column(orders, o -> o.touchClickId, UUID[]::new),
                                        column(
                                                orders,
                                                o -> time(o.windowStart),
                                                OffsetDateTime[]::new),
                                        column(
                                                orders,
                                                o -> time(o.windowEnd),
                                                OffsetDateTime[]::new),
                                        column(orders, o -> o.offerVersionId, UUID[]::new),
                                        column(
                                                orders,
                                                o ->
                                                        o.offerSnapshot == null
                                                                ? null
                                                                : io.vertx.core.buffer.Buffer
                                                                        .buffer(o.offerSnapshot),
                                                io.vertx.core.buffer.Buffer[]::new),
                                        column(orders, o -> o.reason, String[]::new),
                                        column(
                                                orders,
                                                o -> time(o.createdAt),
                                                OffsetDateTime[]::new))))
                .map(
                        rows -> {
                            var stored = new HashSet<Key>();
                            rows.forEach(
                                    row ->
                                            stored.add(
                                                    new Key(
                                                            row.getUUID("brand_id"),
                                                            row.getString("order_id"))));
                            return stored;
                        });
    }

    private static Tuple updateRow(CustomerOrder o) {
        return Tuple.of(o.id, o.status.name(), time(o.completedAt), o.countedOn, o.refundedMinor);
    }

    private static Tuple refundRow(OrderRefund r) {
        return Tuple.of(r.id, r.brandId, r.refundId, r.orderRef, r.amountMinor, time(r.refundedAt));
    }

    /** Writes the payout events to the outbox in one row. */
    private static Uni<Void> insertOutbox(SqlConnection db, List<OrderEvent> events, Instant now) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return db.preparedQuery(INSERT_OUTBOX)
                .execute(
                        Tuple.of(
                                time(now),
                                events.size(),
                                column(events, OrderEvent::getEventId, String[]::new),
                                column(
                                        events,
                                        e ->
                                                io.vertx.core.buffer.Buffer.buffer(
                                                        OutboxEvent.stamped(e, now)),
                                        io.vertx.core.buffer.Buffer[]::new)))
                .replaceWithVoid();
    }

    private static CustomerOrder order(Row row) {
        var o = new CustomerOrder();
        o.id = row.getUUID("id");
        o.brandId = row.getUUID("brand_id");
        o.orderId = row.getString("order_id");
        o.amountMinor = row.getLong("amount_minor");
        o.currency = row.getString("currency");
        o.refundedMinor = row.getLong("refunded_minor");
        o.status = OrderStatus.valueOf(row.getString("status"));
        o.orderedAt = instant(row, "ordered_at");
        o.completedAt = instant(row, "completed_at");
        o.countedOn = row.getLocalDate("counted_on");
        o.customerHash = row.getString("customer_hash");
        o.clickId = row.getUUID("click_id");
        o.discountCode = row.getString("discount_code");
        o.outcome = Outcome.valueOf(row.getString("outcome"));
        o.rule = Rule.valueOf(row.getString("rule"));
        o.creatorId = row.getUUID("creator_id");
        o.campaignId = row.getUUID("campaign_id");
        o.postId = row.getUUID("post_id");
        o.platform = row.getString("platform");
        o.touchClickId = row.getUUID("touch_click_id");
        o.windowStart = instant(row, "window_start");
        o.windowEnd = instant(row, "window_end");
        o.offerVersionId = row.getUUID("offer_version_id");
        Buffer snapshot = row.getBuffer("offer_snapshot");
        o.offerSnapshot = snapshot == null ? null : snapshot.getBytes();
        o.reason = row.getString("reason");
        o.createdAt = instant(row, "created_at");
        return o;
    }

    private static DiscountCode code(Row row) {
        var code = new DiscountCode();
        code.id = row.getUUID("id");
        code.brandId = row.getUUID("brand_id");
        code.code = row.getString("code");
        code.creatorId = row.getUUID("creator_id");
        code.campaignId = row.getUUID("campaign_id");
        code.createdAt = instant(row, "created_at");
        return code;
    }

    private static OrderRefund refund(Row row) {
        var r = new OrderRefund();
        r.id = row.getUUID("id");
        r.brandId = row.getUUID("brand_id");
        r.refundId = row.getString("refund_id");
        r.orderRef = row.getUUID("order_ref");
        r.amountMinor = row.getLong("amount_minor");
        r.refundedAt = instant(row, "refunded_at");
        return r;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
