package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Campaign;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /** Campaigns of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<Campaign>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "brandId = :brand and id in :ids",
                Parameters.with("brand", brandId).and("ids", ids));
    }

    /**
     * The brand's campaign locked until the transaction ends (changes to one campaign queue up), or
     * null.
     */
    public Uni<Campaign> findForUpdate(UUID brandId, UUID id) {
        return find("id = ?1 and brandId = ?2", id, brandId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * One newest-first page after the cursor, fetching one extra row to know whether more follow.
     */
    public Uni<List<Campaign>> pageAfter(UUID brandId, PageCursor after, int size) {
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
}
