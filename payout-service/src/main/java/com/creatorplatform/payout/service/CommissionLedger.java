package com.creatorplatform.payout.service;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.repository.LedgerRepository;
import com.creatorplatform.payout.repository.LedgerRepository.CampaignBudget;
import com.creatorplatform.payout.repository.LedgerRepository.Commission;
import com.creatorplatform.payout.repository.LedgerRepository.Earnings;
import com.creatorplatform.payout.repository.LedgerRepository.OrderCommission;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Use cases of the creators' ledger. */
@ApplicationScoped
public class CommissionLedger {

    private static final Logger LOG = Logger.getLogger(CommissionLedger.class);

    /** What an adjustment is made of, as the caller asked for it. */
    public record Adjustment(
            UUID brandId,
            UUID creatorId,
            long amountMinor,
            String currency,
            String reason,
            String actor,
            String idempotencyKey) {}

    private final LedgerRepository ledger;
    private final Clock clock;

    CommissionLedger(LedgerRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Records the adjustment once; a retry with the same key returns the entry already recorded.
     */
    @WithTransaction
    public Uni<LedgerEntry> recordAdjustment(Adjustment request) {
        var entry =
                LedgerEntry.adjustment(
                        request.brandId(),
                        request.creatorId(),
                        request.amountMinor(),
                        request.currency(),
                        request.reason(),
                        request.actor(),
                        request.idempotencyKey(),
                        clock.instant());
        return ledger.appendOnce(entry)
                .invoke(
                        stored -> {
                            if (!stored.sameAs(entry)) {
                                throw ApiError.alreadyExists(
                                        "idempotency_key '"
                                                + request.idempotencyKey()
                                                + "' was used for a different adjustment");
                            }
                            if (stored.id.equals(entry.id)) {
                                LOG.infof(
                                        "adjustment %s of %d %s for creator %s by %s",
                                        stored.id,
                                        stored.amountMinor,
                                        stored.currency,
                                        stored.creatorId,
                                        stored.actor);
                            }
                        });
    }

    /**
     * Each campaign's budget use per currency; every asked campaign is present, with none if it has
     * no entries.
     */
    @WithSession
    public Uni<Map<UUID, List<CampaignBudget>>> campaignBudgets(
            UUID brandId, List<UUID> campaignIds) {
        return ledger.campaignBudgets(brandId, campaignIds)
                .map(rows -> byAskedId(campaignIds, rows, CampaignBudget::campaignId));
    }

    /**
     * Each creator's earnings now, per currency; every asked creator is present, with none if they
     * have no entries.
     */
    @WithSession
    public Uni<Map<UUID, List<Earnings>>> earnings(UUID brandId, List<UUID> creatorIds) {
        return ledger.earnings(brandId, creatorIds, clock.instant())
                .map(rows -> byAskedId(creatorIds, rows, Earnings::creatorId));
    }

    /** An entry just appended and the creator's earnings after it. */
    public record Change(LedgerEntry entry, List<Earnings> earnings) {}

    /** What a live view of a creator shows when an entry of theirs was committed. */
    @WithSession
    public Uni<Change> change(UUID brandId, UUID creatorId, UUID entryId) {
        return ledger.findById(entryId)
                .chain(
                        entry ->
                                ledger.earnings(brandId, List.of(creatorId), clock.instant())
                                        .map(earnings -> new Change(entry, earnings)));
    }

    /**
     * Commission of a level of creators (and their posts) in some campaigns (a dashboard's one, a
     * creator's all) over an inclusive range of UTC days.
     */
    @WithSession
    public Uni<List<Commission>> commissions(
            UUID brandId,
            List<UUID> campaignIds,
            List<UUID> creatorIds,
            LocalDate from,
            LocalDate to,
            boolean perPost) {
        if (from.isAfter(to)) {
            throw ApiError.invalidArgument("dates.from " + from + " is after dates.to " + to);
        }
        return ledger.commissions(
                brandId,
                campaignIds,
                creatorIds,
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                perPost);
    }

    /** A page of a brand's ledger and the totals of every entry its filter matches. */
    public record Entries(Page<LedgerEntry> page, List<Earnings> totals) {}

    /** The filter's entries newest first, one page after the cursor, with their totals now. */
    @WithSession
    public Uni<Entries> entries(LedgerRepository.Filter filter, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        PageCursor after = PageCursor.decode(cursor);
        return ledger.pageOf(filter, after, size + 1)
                .chain(
                        rows ->
                                ledger.totals(filter, clock.instant())
                                        .map(
                                                totals ->
                                                        new Entries(
                                                                Page.of(
                                                                        rows,
                                                                        size,
                                                                        e -> e.createdAt,
                                                                        e -> e.id),
                                                                totals)));
    }

    /** What each of the filter's orders earned, per currency (orders without entries left out). */
    @WithSession
    public Uni<List<OrderCommission>> orderCommissions(
            LedgerRepository.Filter filter, List<String> orderIds) {
        if (orderIds.size() > Ids.MAX_BATCH) {
            throw ApiError.invalidArgument(
                    "at most " + Ids.MAX_BATCH + " order_ids, got " + orderIds.size());
        }
        return ledger.orderCommissions(filter, orderIds.stream().distinct().toList());
    }

    /** Rows grouped under every asked id, in the order asked. */
    private static <T> Map<UUID, List<T>> byAskedId(
            List<UUID> ids, List<T> rows, Function<T, UUID> idOf) {
        Map<UUID, List<T>> byId = rows.stream().collect(Collectors.groupingBy(idOf));
        return ids.stream()
                .collect(
                        Collectors.toMap(
                                id -> id,
                                id -> byId.getOrDefault(id, List.of()),
                                (a, b) -> a,
                                LinkedHashMap::new));
    }
}
