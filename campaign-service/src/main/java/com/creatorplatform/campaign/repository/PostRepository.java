package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Post;
import com.creatorplatform.campaign.domain.PostStatus;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    /** Calendar filters; null does not filter. The range is [from, to) on the scheduled time. */
    public record Filter(UUID brandId, UUID campaignId, UUID creatorId, Instant from, Instant to) {
    }

    /** Posts of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<Post>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("brandId = :brand and id in :ids", Parameters.with("brand", brandId).and("ids", ids));
    }

    /** When the creator's posts in the campaign that still hold a slot (all but missed ones) are scheduled. */
    public Uni<List<Instant>> liveTimes(UUID campaignId, UUID creatorId) {
        return list("campaignId = ?1 and creatorId = ?2 and status <> ?3", campaignId, creatorId, PostStatus.MISSED)
                .map(posts -> posts.stream().map(p -> p.scheduledAt).toList());
    }

    /** The post whose {@code owner} ("brandId" or "creatorId") is {@code ownerId}, locked until the transaction ends, or null. */
    public Uni<Post> findForUpdate(String owner, UUID ownerId, UUID id) {
        return find("id = ?1 and " + owner + " = ?2", id, ownerId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Unpublished posts scheduled before the cutoff. */
    public Uni<List<Post>> unpublishedBefore(Instant cutoff) {
        return list("scheduledAt < ?1 and status not in ?2", cutoff, List.of(PostStatus.PUBLISHED, PostStatus.MISSED));
    }

    /** All posts of these creators in one campaign of the brand, by creator then in scheduled order. */
    public Uni<List<Post>> ofCreators(UUID brandId, UUID campaignId, List<UUID> creatorIds) {
        if (creatorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("brandId = :brand and campaignId = :campaign and creatorId in :creators order by creatorId, scheduledAt, id",
                Parameters.with("brand", brandId).and("campaign", campaignId).and("creators", creatorIds));
    }

    /** One page of the calendar in scheduled order, after the cursor. */
    public Uni<List<Post>> pageAfter(Filter filter, PageCursor after, int size) {
        var where = new StringBuilder("1 = 1");
        var params = new Parameters();
        if (filter.brandId() != null) {
            where.append(" and brandId = :brand");
            params.and("brand", filter.brandId());
        }
        if (filter.campaignId() != null) {
            where.append(" and campaignId = :campaign");
            params.and("campaign", filter.campaignId());
        }
        if (filter.creatorId() != null) {
            where.append(" and creatorId = :creator");
            params.and("creator", filter.creatorId());
        }
        if (filter.from() != null) {
            where.append(" and scheduledAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and scheduledAt < :to");
            params.and("to", filter.to());
        }
        if (after != null) {
            where.append(" and (scheduledAt > :afterTime or (scheduledAt = :afterTime and id > :afterId))");
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(where + " order by scheduledAt, id", params).range(0, size).list();
    }
}
