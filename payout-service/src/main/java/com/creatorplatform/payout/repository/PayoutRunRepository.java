package com.creatorplatform.payout.repository;

import com.creatorplatform.contract.PageCursor;
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

    /** The brand's runs among the ids. */
    public Uni<List<PayoutRun>> ofBrand(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("brandId = ?1 and id in ?2 order by createdAt desc, id desc", brandId, ids);
    }
}
