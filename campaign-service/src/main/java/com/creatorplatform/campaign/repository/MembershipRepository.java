package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Membership;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    /** Memberships of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<Membership>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "brandId = :brand and id in :ids",
                Parameters.with("brand", brandId).and("ids", ids));
    }

    public Uni<Boolean> exists(UUID campaignId, UUID creatorId) {
        return count("campaignId = ?1 and creatorId = ?2", campaignId, creatorId).map(n -> n > 0);
    }

    /**
     * The campaigns among {@code campaignIds} the creator has a membership of, whatever its status:
     * what a creator may read of them. All of them when no creator is named (a brand's read).
     */
    public Uni<List<UUID>> visibleTo(UUID creatorId, List<UUID> campaignIds) {
        if (creatorId == null || campaignIds.isEmpty()) {
            return Uni.createFrom().item(campaignIds);
        }
        return list(
                        "creatorId = :creator and campaignId in :campaigns",
                        Parameters.with("creator", creatorId).and("campaigns", campaignIds))
                .map(found -> found.stream().map(m -> m.campaignId).distinct().toList());
    }

    /** The creators who already have a membership in the campaign, whatever its status. */
    public Uni<List<UUID>> creatorIds(UUID campaignId) {
        return list("campaignId", campaignId)
                .map(found -> found.stream().map(m -> m.creatorId).toList());
    }

    /**
     * The membership whose {@code owner} ("brandId" or "creatorId") is {@code ownerId}, locked
     * until the transaction ends, or null.
     */
    public Uni<Membership> findForUpdate(String owner, UUID ownerId, UUID id) {
        return find("id = ?1 and " + owner + " = ?2", id, ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * The creator's membership in the campaign, locked until the transaction ends (their posts are
     * planned one at a time), or null.
     */
    public Uni<Membership> findMemberForUpdate(UUID campaignId, UUID creatorId) {
        return find("campaignId = ?1 and creatorId = ?2", campaignId, creatorId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * One newest-first page of the memberships whose {@code owner} field is {@code ownerId}, scoped
     * to the brand when given.
     */
    public Uni<List<Membership>> pageAfter(
            String owner, UUID ownerId, UUID brandId, PageCursor after, int size) {
        var where = new StringBuilder(owner + " = :owner");
        var params = Parameters.with("owner", ownerId);
        if (brandId != null) {
            where.append(" and brandId = :brand");
            params.and("brand", brandId);
        }
        if (after != null) {
            where.append(
                    " and (shortlistedAt < :afterTime or (shortlistedAt = :afterTime and id < :afterId))");
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(where + " order by shortlistedAt desc, id desc", params).range(0, size).list();
    }
}
