package com.creatorplatform.payout.repository;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.PayoutRun;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PayoutRunRepository implements PanacheRepositoryBase<PayoutRun, UUID> {

    /** A creator and currency a run pays. */
    public record Payee(UUID creatorId, String currency) {}

    /**
     * What a run may pay: entries payable before its cutoff (an entry without a hold from its
     * creation), on no active line.
     */
    private static final String PAYABLE =
            """
            from ledger_entry e where e.brand_id = :brand and e.kind <> 'PAYOUT'
            and coalesce(e.payable_at, e.created_at) < :cutoff
            and not exists (select 1 from statement_line l where l.ledger_entry_id = e.id and l.active)""";

    /** Creates the run unless the brand has one for the period, and returns whichever is stored. */
    public Uni<PayoutRun> insertOnce(PayoutRun run) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        insert into payout_run (id, brand_id, period, status, minimum_payout_minor, minimum_currency, created_at)
                        values (:id, :brand, :period, :status, :minimum, :currency, :at)
                        on conflict (brand_id, period) do nothing""")
                                        .setParameter("id", run.id)
                                        .setParameter("brand", run.brandId)
                                        .setParameter("period", run.period)
                                        .setParameter("status", run.status.name())
                                        .setParameter("minimum", run.minimumPayoutMinor)
                                        .setParameter("currency", run.minimumCurrency)
                                        .setParameter("at", run.createdAt)
                                        .executeUpdate())
                .flatMap(
                        inserted ->
                                find("brandId = ?1 and period = ?2", run.brandId, run.period)
                                        .singleResult());
    }

    /** The brand's run locked until the transaction ends (changes to one run queue up), or null. */
    public Uni<PayoutRun> findForUpdate(UUID brandId, UUID id) {
        return find("id = ?1 and brandId = ?2", id, brandId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** One newest-first page of the brand's runs after the cursor. */
    public Uni<List<PayoutRun>> pageOfBrand(UUID brandId, PageCursor after, int size) {
        var query =
                after == null
                        ? find("brandId = ?1 order by createdAt desc, id desc", brandId)
                        : find(
                                "brandId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                                brandId,
                                after.createdAt(),
                                after.id());
        return query.range(0, size).list();
    }

    public Uni<PayoutRun> findOfBrand(UUID brandId, UUID id) {
        return find("id = ?1 and brandId = ?2", id, brandId).firstResult();
    }

    public Uni<List<Payee>> payees(PayoutRun run) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "select distinct e.creator_id::text, e.currency "
                                                        + PAYABLE
                                                        + " order by 1, 2",
                                                Object[].class)
                                        .setParameter("brand", run.brandId)
                                        .setParameter("cutoff", run.cutoff())
                                        .getResultList())
                .map(
                        rows ->
                                rows.stream()
                                        .map(
                                                r ->
                                                        new Payee(
                                                                UUID.fromString((String) r[0]),
                                                                (String) r[1]))
                                        .toList());
    }

    public Uni<List<LedgerEntry>> payableEntries(PayoutRun run, Payee payee) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "select e.* "
                                                        + PAYABLE
                                                        + " and e.creator_id = :creator and e.currency = :currency order by e.created_at, e.id",
                                                LedgerEntry.class)
                                        .setParameter("brand", run.brandId)
                                        .setParameter("cutoff", run.cutoff())
                                        .setParameter("creator", payee.creatorId())
                                        .setParameter("currency", payee.currency())
                                        .getResultList());
    }
}
