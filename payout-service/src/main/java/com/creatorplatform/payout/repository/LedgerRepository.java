package com.creatorplatform.payout.repository;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.LedgerEntryKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    /**
     * A creator's money in one currency by where it stands: held, due, or paid out (PAYOUT entries
     * are debits).
     */
    public record Earnings(
            UUID creatorId, String currency, long pendingMinor, long payableMinor, long paidMinor) {

        /** The sum of every entry. */
        public long balanceMinor() {
            return pendingMinor + payableMinor;
        }

        /** Everything earned: every entry but the payouts. */
        public long totalMinor() {
            return pendingMinor + payableMinor + paidMinor;
        }
    }

    /**
     * Appends the entry unless one with the same cause exists, and returns whichever is stored. ON
     * CONFLICT keeps two racing retries from both appending, or from failing one of them.
     */
    public Uni<LedgerEntry> appendOnce(LedgerEntry entry) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason, actor, created_at,
                                                  event_id, order_id, campaign_id, offer_version_id, period, payable_at, post_id)
                        values (:id, :brand, :creator, :kind, :amount, :currency, :cause, :reason, :actor, :at,
                                :event, :order, :campaign, :offer, :period, :payable, :post)
                        on conflict (brand_id, cause) do nothing""")
                                        .setParameter("id", entry.id)
                                        .setParameter("brand", entry.brandId)
                                        .setParameter("creator", entry.creatorId)
                                        .setParameter("kind", entry.kind.name())
                                        .setParameter("amount", entry.amountMinor)
                                        .setParameter("currency", entry.currency)
                                        .setParameter("cause", entry.cause)
                                        .setParameter("reason", entry.reason)
                                        .setParameter("actor", entry.actor)
                                        .setParameter("at", entry.createdAt)
                                        .setParameter("event", entry.eventId)
                                        .setParameter("order", entry.orderId)
                                        .setParameter("campaign", entry.campaignId)
                                        .setParameter("offer", entry.offerVersionId)
                                        .setParameter("period", entry.period)
                                        .setParameter("payable", entry.payableAt)
                                        .setParameter("post", entry.postId)
                                        .executeUpdate())
                .flatMap(
                        inserted ->
                                find("brandId = ?1 and cause = ?2", entry.brandId, entry.cause)
                                        .singleResult());
    }

    /**
     * Whether a cause was settled already: it has its entry, or the budget cap stopped it entirely.
     */
    public Uni<Boolean> settled(UUID brandId, String cause) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        select exists (select 1 from ledger_entry where brand_id = :brand and cause = :cause)
                            or exists (select 1 from budget_stop where brand_id = :brand and cause = :cause)""",
                                                Boolean.class)
                                        .setParameter("brand", brandId)
                                        .setParameter("cause", cause)
                                        .getSingleResult());
    }

    /**
     * What a campaign has committed of its budget: the sum of the entries its orders and posts
     * caused.
     */
    public Uni<Long> committed(UUID brandId, UUID campaignId, String currency) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createSelectionQuery(
                                                "select coalesce(sum(amountMinor), 0) from LedgerEntry where brandId = :brand and campaignId = :campaign "
                                                        + "and currency = :currency",
                                                Long.class)
                                        .setParameter("brand", brandId)
                                        .setParameter("campaign", campaignId)
                                        .setParameter("currency", currency)
                                        .getSingleResult());
    }

    /**
     * Serialises writers of one campaign's entries until the transaction ends ({@code key} names
     * the campaign): budgets and tier periods are read, then appended to, and two batches must not
     * both spend the last of a budget.
     */
    public Uni<Void> lock(String key) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked",
                                                Long.class)
                                        .setParameter("key", key)
                                        .getSingleResult())
                .replaceWithVoid();
    }

    /** A campaign's money in one currency: committed by its entries, and what the cap withheld. */
    public record CampaignBudget(
            UUID campaignId,
            String currency,
            long committedMinor,
            int stoppedCredits,
            long withheldMinor,
            Instant firstStoppedAt) {}

    /** One row per campaign and currency with entries or stops. */
    public Uni<List<CampaignBudget>> campaignBudgets(UUID brandId, List<UUID> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        with committed as (
                            select campaign_id, currency, sum(amount_minor) as amount from ledger_entry
                            where brand_id = :brand and campaign_id in (:campaigns) group by campaign_id, currency),
                        stopped as (
                            select campaign_id, currency, count(*) as credits, sum(wanted_minor - granted_minor) as withheld,
                                   min(created_at) as first_at
                            from budget_stop where brand_id = :brand and campaign_id in (:campaigns) group by campaign_id, currency)
                        select coalesce(c.campaign_id, s.campaign_id)::text, coalesce(c.currency, s.currency),
                               coalesce(c.amount, 0)::bigint, coalesce(s.credits, 0)::bigint, coalesce(s.withheld, 0)::bigint,
                               (extract(epoch from s.first_at) * 1000000)::bigint
                        from committed c full join stopped s on s.campaign_id = c.campaign_id and s.currency = c.currency
                        order by 2""",
                                                Object[].class)
                                        .setParameter("brand", brandId)
                                        .setParameter("campaigns", campaignIds)
                                        .getResultList())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                r ->
                                                        new CampaignBudget(
                                                                UUID.fromString((String) r[0]),
                                                                (String) r[1],
                                                                ((Number) r[2]).longValue(),
                                                                ((Number) r[3]).intValue(),
                                                                ((Number) r[4]).longValue(),
                                                                r[5] == null
                                                                        ? null
                                                                        : Instant.EPOCH.plus(
                                                                                ((Number) r[5])
                                                                                        .longValue(),
                                                                                ChronoUnit.MICROS)))
                                        .toList());
    }

    /**
     * What orders earned a creator in a campaign, per currency and (when asked) per post; postId
     * null for none.
     */
    public record Commission(
            UUID campaignId, UUID creatorId, UUID postId, String currency, long amountMinor) {}

    /**
     * Sums the entries that order events caused (accruals, reversals, tier top-ups, bonuses), each
     * counted at the time of its event, so a refund lowers the commission of the day it happened.
     * In no particular order: callers look sums up by creator and post (sorting the dashboard's
     * rows by their text was a large part of the query: bench/RESULTS.md).
     */
    public Uni<List<Commission>> commissions(
            UUID brandId,
            List<UUID> campaignIds,
            List<UUID> creatorIds,
            Instant from,
            Instant to,
            boolean perPost) {
        if (creatorIds.isEmpty() || campaignIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String post = perPost ? "o.post_id" : "null::uuid";
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        select e.campaign_id::text, e.creator_id::text, %1$s::text, e.currency, sum(e.amount_minor)::bigint
                        from ledger_entry e join order_event o on o.event_id = e.event_id
                        where e.brand_id = :brand and e.campaign_id in (:campaigns) and e.creator_id in (:creators)
                          and o.occurred_at >= :from and o.occurred_at < :to
                        group by e.campaign_id, e.creator_id, %1$s, e.currency"""
                                                        .formatted(post),
                                                Object[].class)
                                        .setParameter("brand", brandId)
                                        .setParameter("campaigns", campaignIds)
                                        .setParameter("creators", creatorIds)
                                        .setParameter("from", from)
                                        .setParameter("to", to)
                                        .getResultList())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                r ->
                                                        new Commission(
                                                                UUID.fromString((String) r[0]),
                                                                UUID.fromString((String) r[1]),
                                                                r[2] == null
                                                                        ? null
                                                                        : UUID.fromString(
                                                                                (String) r[2]),
                                                                (String) r[3],
                                                                ((Number) r[4]).longValue()))
                                        .toList());
    }

    /** Records that the budget cap cut a credit short (once per cause). */
    public Uni<Void> recordBudgetStop(LedgerEntry wanted, long grantedMinor) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        insert into budget_stop (brand_id, campaign_id, creator_id, cause, event_id, currency, wanted_minor, granted_minor,
                                                 created_at)
                        values (:brand, :campaign, :creator, :cause, :event, :currency, :wanted, :granted, :at)
                        on conflict (brand_id, cause) do nothing""")
                                        .setParameter("brand", wanted.brandId)
                                        .setParameter("campaign", wanted.campaignId)
                                        .setParameter("creator", wanted.creatorId)
                                        .setParameter("cause", wanted.cause)
                                        .setParameter("event", wanted.eventId)
                                        .setParameter("currency", wanted.currency)
                                        .setParameter("wanted", wanted.amountMinor)
                                        .setParameter("granted", grantedMinor)
                                        .setParameter("at", wanted.createdAt)
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Entries summed by where they stand at :now (pending, payable, paid out): an entry is pending
     * until its payable_at has passed; PAYOUT entries are debits.
     */
    private static final String WHERE_IT_STANDS =
            """
            sum(case when payableAt > :now then amountMinor else 0 end),
            sum(case when payableAt is null or payableAt <= :now then amountMinor else 0 end),
            sum(case when kind = :payout then -amountMinor else 0 end)""";

    /** A brand's entries, optionally of one campaign and/or creator (null does not filter). */
    public record Filter(UUID brandId, UUID campaignId, UUID creatorId) {

        String where() {
            return "brandId = :brand"
                    + (campaignId == null ? "" : " and campaignId = :campaign")
                    + (creatorId == null ? "" : " and creatorId = :creator");
        }

        <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query) {
            query.setParameter("brand", brandId);
            if (campaignId != null) {
                query.setParameter("campaign", campaignId);
            }
            if (creatorId != null) {
                query.setParameter("creator", creatorId);
            }
            return query;
        }
    }

    /** The filter's entries newest first (created_at, then id), after the cursor. */
    public Uni<List<LedgerEntry>> pageOf(Filter filter, PageCursor after, int size) {
        String where = filter.where();
        if (after != null) {
            where += " and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))";
        }
        String hql = "from LedgerEntry where " + where + " order by createdAt desc, id desc";
        return Panache.getSession()
                .flatMap(
                        session -> {
                            var query =
                                    filter.bind(
                                            session.createSelectionQuery(hql, LedgerEntry.class));
                            if (after != null) {
                                query.setParameter("afterAt", after.createdAt());
                                query.setParameter("afterId", after.id());
                            }
                            return query.setMaxResults(size).getResultList();
                        });
    }

    /** The filter's entries summed by where they stand now, one per currency (creatorId null). */
    public Uni<List<Earnings>> totals(Filter filter, Instant now) {
        return sums(false, filter.where(), filter::bind, now);
    }

    /**
     * The entries a where clause picks, summed by where they stand now, per currency and (when
     * asked) per creator.
     */
    private Uni<List<Earnings>> sums(
            boolean perCreator,
            String where,
            Function<Mutiny.SelectionQuery<Object[]>, Mutiny.SelectionQuery<Object[]>> bind,
            Instant now) {
        String keys = perCreator ? "creatorId, currency" : "currency";
        int currency = perCreator ? 1 : 0;
        return Panache.getSession()
                .flatMap(
                        session ->
                                bind.apply(
                                                session.createSelectionQuery(
                                                        "select "
                                                                + keys
                                                                + ", "
                                                                + WHERE_IT_STANDS
                                                                + " from LedgerEntry where "
                                                                + where
                                                                + " group by "
                                                                + keys
                                                                + " order by currency",
                                                        Object[].class))
                                        .setParameter("now", now)
                                        .setParameter("payout", LedgerEntryKind.PAYOUT)
                                        .getResultList())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                r ->
                                                        new Earnings(
                                                                perCreator ? (UUID) r[0] : null,
                                                                (String) r[currency],
                                                                ((Number) r[currency + 1])
                                                                        .longValue(),
                                                                ((Number) r[currency + 2])
                                                                        .longValue(),
                                                                ((Number) r[currency + 3])
                                                                        .longValue()))
                                        .toList());
    }

    /** What an order earned in one currency: the sum of the entries it caused. */
    public record OrderCommission(String orderId, String currency, long amountMinor) {}

    /** One row per order and currency; orders without entries are left out. */
    public Uni<List<OrderCommission>> orderCommissions(Filter filter, List<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .flatMap(
                        session ->
                                filter.bind(
                                                session.createSelectionQuery(
                                                        "select orderId, currency, sum(amountMinor) from LedgerEntry where "
                                                                + filter.where()
                                                                + " and orderId in :orders group by orderId, currency",
                                                        Object[].class))
                                        .setParameter("orders", orderIds)
                                        .getResultList())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                r ->
                                                        new OrderCommission(
                                                                (String) r[0],
                                                                (String) r[1],
                                                                ((Number) r[2]).longValue()))
                                        .toList());
    }

    /** Earnings as sums of entries at a moment (see {@link #WHERE_IT_STANDS}). */
    public Uni<List<Earnings>> earnings(UUID brandId, List<UUID> creatorIds, Instant now) {
        if (creatorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sums(
                true,
                "brandId = :brand and creatorId in :creators",
                query -> query.setParameter("brand", brandId).setParameter("creators", creatorIds),
                now);
    }
}
