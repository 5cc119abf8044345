package com.creatorplatform.payout.repository;

import static com.creatorplatform.contract.SqlArrays.column;

import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.LedgerEntryKind;
import com.creatorplatform.payout.domain.OrderEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
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
 * The set-based statements of applying a batch of order events (ADR 0076): each reads or writes the
 * whole batch at once, its rows passed as arrays and unnested, so a batch costs the same few round
 * trips whatever its size. Plain SQL on the reactive client, in one transaction of its own.
 */
@ApplicationScoped
public class OrderEventBatchRepository {

    /** An order: a brand's order id. */
    public record OrderKey(UUID brandId, String orderId) {

        public static OrderKey of(OrderEvent event) {
            return new OrderKey(event.brandId, event.orderId);
        }
    }

    /**
     * A payout period whose tiers and bonuses are settled together: a creator's orders of one offer
     * version completed in one month (its first day) in one currency.
     */
    public record Period(
            UUID brandId, UUID creatorId, UUID offerVersionId, String currency, LocalDate month) {

        public static Period of(OrderEvent completion) {
            return new Period(
                    completion.brandId,
                    completion.creatorId,
                    completion.offerVersionId,
                    completion.currency,
                    completion.period());
        }

        /** The period an entry counts in, or null for an entry of no period (fees, payouts). */
        public static Period of(LedgerEntry entry) {
            return entry.period == null
                    ? null
                    : new Period(
                            entry.brandId,
                            entry.creatorId,
                            entry.offerVersionId,
                            entry.currency,
                            entry.period);
        }
    }

    /** A campaign's budget in one currency. */
    public record Budget(UUID brandId, UUID campaignId, String currency) {}

    /** A credit the budget cap cut short, as {@code budget_stop} records it. */
    public record BudgetStop(LedgerEntry entry, long wantedMinor, long grantedMinor) {}

    private static final String EVENT_COLUMNS =
            "e.event_id, e.brand_id, e.order_id, e.creator_id, e.campaign_id, e.post_id,"
                    + " e.offer_version_id, e.kind, e.order_amount_minor, e.refund_amount_minor,"
                    + " e.currency, e.occurred_at, e.recorded_at";

    private final Pool pool;

    OrderEventBatchRepository(Pool pool) {
        this.pool = pool;
    }

    public <T> Uni<T> inOneTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /**
     * Takes advisory locks in the order given, in one statement (a function scan yields its array
     * in order), until the transaction ends.
     */
    public Uni<Void> lock(SqlConnection connection, List<String> keysInOrder) {
        return connection
                .preparedQuery(
                        "select count(pg_advisory_xact_lock(hashtextextended(k, 0)))"
                                + " from unnest($1::text[]) with ordinality as t(k, n)")
                .execute(Tuple.of(keysInOrder.toArray(String[]::new)))
                .replaceWithVoid();
    }

    /**
     * Stores the events whose ids are not known yet, and answers their ids. ON CONFLICT keeps a
     * racing replay of the same event from applying it twice: the second insert waits, then finds
     * it stored. The events' ids must be distinct.
     */
    public Uni<Set<String>> insertOnce(
            SqlConnection connection, List<OrderEvent> events, Instant receivedAt) {
        return connection
                .preparedQuery(
                        """
                        insert into order_event (event_id, brand_id, order_id, creator_id, campaign_id, post_id, offer_version_id, kind,
                                                 order_amount_minor, refund_amount_minor, currency, occurred_at, recorded_at,
                                                 received_at)
                        select e.*, $14 from unnest($1::text[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[],
                                                    $8::text[], $9::int8[], $10::int8[], $11::text[], $12::timestamptz[], $13::timestamptz[]) as e
                        on conflict (event_id) do nothing
                        returning event_id""")
                .execute(
                        Tuple.tuple()
                                .addValue(column(events, e -> e.eventId, String[]::new))
                                .addValue(column(events, e -> e.brandId, UUID[]::new))
                                .addValue(column(events, e -> e.orderId, String[]::new))
                                .addValue(column(events, e -> e.creatorId, UUID[]::new))
                                .addValue(column(events, e -> e.campaignId, UUID[]::new))
                                .addValue(column(events, e -> e.postId, UUID[]::new))
                                .addValue(column(events, e -> e.offerVersionId, UUID[]::new))
                                .addValue(column(events, e -> e.kind.name(), String[]::new))
                                .addValue(column(events, e -> e.orderAmountMinor, Long[]::new))
                                .addValue(column(events, e -> e.refundAmountMinor, Long[]::new))
                                .addValue(column(events, e -> e.currency, String[]::new))
                                .addValue(
                                        column(
                                                events,
                                                e -> at(e.occurredAt),
                                                OffsetDateTime[]::new))
                                .addValue(
                                        column(
                                                events,
                                                e -> at(e.recordedAt),
                                                OffsetDateTime[]::new))
                                .addValue(at(receivedAt)))
                .map(
                        rows -> {
                            var stored = new HashSet<String>();
                            rows.forEach(row -> stored.add(row.getString(0)));
                            return stored;
                        });
    }

    /** Every stored event of the orders. */
    public Uni<List<OrderEvent>> eventsOf(SqlConnection connection, Collection<OrderKey> orders) {
        return ofOrders(
                connection,
                "select "
                        + EVENT_COLUMNS
                        + " from unnest($1::uuid[], $2::text[]) as o(brand_id, order_id)"
                        + " join order_event e on e.brand_id = o.brand_id and e.order_id = o.order_id",
                orders,
                OrderEventBatchRepository::event);
    }

    /** The entries of the orders: their accruals and reversals. */
    public Uni<List<LedgerEntry>> entriesOf(SqlConnection connection, Collection<OrderKey> orders) {
        return ofOrders(
                connection,
                "select e.* from unnest($1::uuid[], $2::text[]) as o(brand_id, order_id)"
                        + " join ledger_entry e on e.brand_id = o.brand_id and e.order_id = o.order_id"
                        + " and e.order_id is not null",
                orders,
                OrderEventBatchRepository::entry);
    }

    /**
     * Every event of the orders completed in the periods: each period's net revenue is theirs, less
     * their refunds.
     */
    public Uni<List<OrderEvent>> eventsOfPeriods(
            SqlConnection connection, Collection<Period> periods) {
        return ofPeriods(
                connection,
                "select "
                        + EVENT_COLUMNS
                        + "\n"
                        + """
                 from order_event e where (e.brand_id, e.order_id) in (
                    select c.brand_id, c.order_id
                    from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[]) as p(brand_id, creator_id, offer_version_id, currency, month)
                    join order_event c on c.brand_id = p.brand_id and c.kind = 'COMPLETED' and c.creator_id = p.creator_id
                     and c.offer_version_id = p.offer_version_id and c.currency = p.currency
                     and c.occurred_at >= p.month::timestamp at time zone 'UTC'
                     and c.occurred_at < (p.month + interval '1 month')::timestamp at time zone 'UTC')""",
                periods,
                OrderEventBatchRepository::event);
    }

    /**
     * A creator's entries counted in the periods: what their tiers and bonuses are settled against.
     */
    public Uni<List<LedgerEntry>> entriesOfPeriods(
            SqlConnection connection, Collection<Period> periods) {
        return ofPeriods(
                connection,
                """
                select e.* from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[])
                    as p(brand_id, creator_id, offer_version_id, currency, month)
                join ledger_entry e on e.brand_id = p.brand_id and e.creator_id = p.creator_id
                 and e.offer_version_id = p.offer_version_id and e.period = p.month and e.currency = p.currency""",
                periods,
                OrderEventBatchRepository::entry);
    }

    /**
     * What each campaign has committed of its budget: the sum of the entries its orders and posts
     * caused.
     */
    public Uni<Map<Budget, Long>> committed(SqlConnection connection, Collection<Budget> budgets) {
        if (budgets.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection
                .preparedQuery(
                        """
                        select b.brand_id, b.campaign_id, b.currency,
                               (select coalesce(sum(e.amount_minor), 0)::int8 from ledger_entry e
                                where e.brand_id = b.brand_id and e.campaign_id = b.campaign_id and e.currency = b.currency
                                  and e.campaign_id is not null)
                        from unnest($1::uuid[], $2::uuid[], $3::text[]) as b(brand_id, campaign_id, currency)""")
                .execute(
                        Tuple.of(
                                column(budgets, Budget::brandId, UUID[]::new),
                                column(budgets, Budget::campaignId, UUID[]::new),
                                column(budgets, Budget::currency, String[]::new)))
                .map(
                        rows -> {
                            var committed = new HashMap<Budget, Long>();
                            rows.forEach(
                                    r ->
                                            committed.put(
                                                    new Budget(
                                                            r.getUUID(0),
                                                            r.getUUID(1),
                                                            r.getString(2)),
                                                    r.getLong(3)));
                            return committed;
                        });
    }

    /**
     * Appends the entries, each unless its cause is stored already, and records the budget stops
     * (once per cause), in one statement; answers the ids of the entries appended. Entries' causes
     * and stops' causes must each be distinct.
     */
    public Uni<Set<UUID>> append(
            SqlConnection connection, List<LedgerEntry> entries, List<BudgetStop> stops) {
        var tuple =
                Tuple.tuple()
                        .addValue(column(entries, e -> e.id, UUID[]::new))
                        .addValue(column(entries, e -> e.brandId, UUID[]::new))
                        .addValue(column(entries, e -> e.creatorId, UUID[]::new))
                        .addValue(column(entries, e -> e.kind.name(), String[]::new))
                        .addValue(column(entries, e -> e.amountMinor, Long[]::new))
                        .addValue(column(entries, e -> e.currency, String[]::new))
                        .addValue(column(entries, e -> e.cause, String[]::new))
                        .addValue(column(entries, e -> e.reason, String[]::new))
                        .addValue(column(entries, e -> e.actor, String[]::new))
                        .addValue(column(entries, e -> at(e.createdAt), OffsetDateTime[]::new))
                        .addValue(column(entries, e -> e.eventId, String[]::new))
                        .addValue(column(entries, e -> e.orderId, String[]::new))
                        .addValue(column(entries, e -> e.campaignId, UUID[]::new))
                        .addValue(column(entries, e -> e.offerVersionId, UUID[]::new))
                        .addValue(column(entries, e -> e.period, LocalDate[]::new))
                        .addValue(column(entries, e -> at(e.payableAt), OffsetDateTime[]::new))
                        .addValue(column(entries, e -> e.postId, UUID[]::new))
                        .addValue(column(stops, s -> s.entry().brandId, UUID[]::new))
                        .addValue(column(stops, s -> s.entry().campaignId, UUID[]::new))
                        .addValue(column(stops, s -> s.entry().creatorId, UUID[]::new))
                        .addValue(column(stops, s -> s.entry().cause, String[]::new))
                        .addValue(column(stops, s -> s.entry().eventId, String[]::new))
                        .addValue(column(stops, s -> s.entry().currency, String[]::new))
                        .addValue(column(stops, BudgetStop::wantedMinor, Long[]::new))
                        .addValue(column(stops, BudgetStop::grantedMinor, Long[]::new))
                        .addValue(
                                column(stops, s -> at(s.entry().createdAt), OffsetDateTime[]::new));
        return connection
                .preparedQuery(
                        """
                        with stored as (
                            insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason, actor, created_at,
                                                      event_id, order_id, campaign_id, offer_version_id, period, payable_at, post_id)
                            select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int8[], $6::text[], $7::text[],
                                                 $8::text[], $9::text[], $10::timestamptz[], $11::text[], $12::text[], $13::uuid[],
                                                 $14::uuid[], $15::date[], $16::timestamptz[], $17::uuid[])
                            on conflict (brand_id, cause) do nothing
                            returning id),
                        stopped as (
                            insert into budget_stop (brand_id, campaign_id, creator_id, cause, event_id, currency, wanted_minor, granted_minor,
                                                     created_at)
                            select * from unnest($18::uuid[], $19::uuid[], $20::uuid[], $21::text[], $22::text[], $23::text[], $24::int8[],
                                                 $25::int8[], $26::timestamptz[])
                            on conflict (brand_id, cause) do nothing)
                        select id from stored""")
                .execute(tuple)
                .map(
                        rows -> {
                            var appended = new HashSet<UUID>();
                            rows.forEach(row -> appended.add(row.getUUID(0)));
                            return appended;
                        });
    }

    /** Rows of a query over the orders, passed as $1 (brands) and $2 (order ids). */
    private static <T> Uni<List<T>> ofOrders(
            SqlConnection connection,
            String sql,
            Collection<OrderKey> orders,
            Function<Row, T> map) {
        return connection
                .preparedQuery(sql)
                .execute(
                        Tuple.of(
                                column(orders, OrderKey::brandId, UUID[]::new),
                                column(orders, OrderKey::orderId, String[]::new)))
                .map(rows -> list(rows, map));
    }

    /** Rows of a query over the periods, passed as $1 to $5; none without periods. */
    private static <T> Uni<List<T>> ofPeriods(
            SqlConnection connection,
            String sql,
            Collection<Period> periods,
            Function<Row, T> map) {
        if (periods.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection
                .preparedQuery(sql)
                .execute(
                        Tuple.of(
                                column(periods, Period::brandId, UUID[]::new),
                                column(periods, Period::creatorId, UUID[]::new),
                                column(periods, Period::offerVersionId, UUID[]::new),
                                column(periods, Period::currency, String[]::new),
                                column(periods, Period::month, LocalDate[]::new)))
                .map(rows -> list(rows, map));
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> map) {
        var list = new ArrayList<T>(rows.size());
        rows.forEach(row -> list.add(map.apply(row)));
        return list;
    }

    private static OrderEvent event(Row r) {
        return OrderEvent.of(
                r.getString("event_id"),
                r.getUUID("brand_id"),
                r.getString("order_id"),
                r.getUUID("creator_id"),
                r.getUUID("campaign_id"),
                r.getUUID("post_id"),
                r.getUUID("offer_version_id"),
                OrderEvent.Kind.valueOf(r.getString("kind")),
                r.getLong("order_amount_minor"),
                r.getLong("refund_amount_minor"),
                r.getString("currency"),
                instant(r.getOffsetDateTime("occurred_at")),
                instant(r.getOffsetDateTime("recorded_at")));
    }

    private static LedgerEntry entry(Row r) {
        var entry = new LedgerEntry();
        entry.id = r.getUUID("id");
        entry.brandId = r.getUUID("brand_id");
        entry.creatorId = r.getUUID("creator_id");
        entry.kind = LedgerEntryKind.valueOf(r.getString("kind"));
        entry.amountMinor = r.getLong("amount_minor");
        entry.currency = r.getString("currency");
        entry.cause = r.getString("cause");
        entry.reason = r.getString("reason");
        entry.actor = r.getString("actor");
        entry.createdAt = instant(r.getOffsetDateTime("created_at"));
        entry.eventId = r.getString("event_id");
        entry.orderId = r.getString("order_id");
        entry.campaignId = r.getUUID("campaign_id");
        entry.offerVersionId = r.getUUID("offer_version_id");
        entry.period = r.getLocalDate("period");
        entry.payableAt = instant(r.getOffsetDateTime("payable_at"));
        entry.postId = r.getUUID("post_id");
        return entry;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
