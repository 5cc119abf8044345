package com.creatorplatform.tracking.persistence;

import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One newest-first page (created_at, then id) of a creator's records in a brand, links or discount
 * codes alike: the brand and the creator always, the campaigns when any are named, after the
 * cursor's record when there is one. The brand and creator are both in every query, so a creator id
 * of another brand matches nothing.
 *
 * @param campaignIds empty for every campaign
 * @param after null for the first page
 */
public record CreatorListing(
        UUID brandId, UUID creatorId, List<UUID> campaignIds, PageCursor after, int size) {

    public CreatorListing {
        campaignIds = List.copyOf(campaignIds);
    }

    /**
     * The page, read with an entity's Panache {@code find(query, parameters)}; one row more than
     * the page is read, which only tells that more follow.
     */
    public <T> Uni<Page<T>> read(
            BiFunction<String, Parameters, PanacheQuery<T>> find,
            Function<T, Instant> createdAt,
            Function<T, UUID> id) {
        return find.apply(query(), parameters())
                .range(0, size)
                .list()
                .map(rows -> Page.of(rows, size, createdAt, id));
    }

    String query() {
        var where = new StringBuilder("brandId = :brand and creatorId = :creator");
        if (!campaignIds.isEmpty()) {
            where.append(" and campaignId in :campaigns");
        }
        if (after != null) {
            where.append(
                    " and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
        }
        return where + " order by createdAt desc, id desc";
    }

    Parameters parameters() {
        var parameters = Parameters.with("brand", brandId).and("creator", creatorId);
        if (!campaignIds.isEmpty()) {
            parameters.and("campaigns", campaignIds);
        }
        if (after != null) {
            parameters.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return parameters;
    }
}
