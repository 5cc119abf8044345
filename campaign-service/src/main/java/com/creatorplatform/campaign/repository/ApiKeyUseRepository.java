package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.ApiKeyUse;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyUseRepository implements PanacheRepositoryBase<ApiKeyUse, UUID> {

    /**
     * One newest-first page of the brand's uses (of one key when {@code keyId} is not null) after
     * the cursor, fetching one extra row to know whether more follow.
     */
    public Uni<List<ApiKeyUse>> pageAfter(UUID brandId, UUID keyId, PageCursor after, int size) {
        var where = new StringBuilder("brandId = :brand");
        var parameters = Parameters.with("brand", brandId);
        if (keyId != null) {
            where.append(" and keyId = :key");
            parameters.and("key", keyId);
        }
        if (after != null) {
            where.append(" and (usedAt < :at or (usedAt = :at and id < :id))");
            parameters.and("at", after.createdAt()).and("id", after.id());
        }
        return find(where + " order by usedAt desc, id desc", parameters).range(0, size).list();
    }
}
