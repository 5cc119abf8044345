package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Creator;
import com.creatorplatform.campaign.domain.CreatorSearch;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CreatorRepository implements PanacheRepositoryBase<Creator, UUID> {

    /**
     * Creators of one brand among the ids, with their accounts in the same query (not one more
     * query per batch of creators); another brand's ids match nothing.
     */
    public Uni<List<Creator>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "select c from Creator c left join fetch c.accounts where c.brandId = :brand and c.id in :ids",
                Parameters.with("brand", brandId).and("ids", ids));
    }

    public Uni<Boolean> emailTaken(UUID brandId, String email) {
        return count("brandId = ?1 and email = ?2", brandId, email).map(n -> n > 0);
    }

    /** One newest-first page of the brand's creators matching the search, after the cursor. */
    public Uni<List<Creator>> search(
            UUID brandId, CreatorSearch search, PageCursor after, int size) {
        var where = new StringBuilder("from Creator c where c.brandId = :brand");
        var params = Parameters.with("brand", brandId);
        if (search.niche() != null) {
            where.append(" and array_contains(c.niches, :niche)");
            params.and("niche", search.niche());
        }
        if (search.country() != null) {
            where.append(" and c.country = :country");
            params.and("country", search.country());
        }
        if (search.filtersAccounts()) {
            where.append(
                    " and exists (select 1 from Creator other join other.accounts a where other.id = c.id and a.followers >= :min");
            params.and("min", search.minFollowers());
            if (search.platform() != null) {
                where.append(" and a.platform = :platform");
                params.and("platform", search.platform());
            }
            if (search.maxFollowers() != null) {
                where.append(" and a.followers <= :max");
                params.and("max", search.maxFollowers());
            }
            where.append(")");
        }
        if (after != null) {
            where.append(
                    " and (c.createdAt < :afterTime or (c.createdAt = :afterTime and c.id < :afterId))");
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(where + " order by c.createdAt desc, c.id desc", params).range(0, size).list();
    }
}
