package com.creatorplatform.tracking.repository;

import com.creatorplatform.tracking.domain.TrackingLink;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrackingLinkRepository implements PanacheRepositoryBase<TrackingLink, UUID> {

    /** Links of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<TrackingLink>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("brandId = :brand and id in :ids", Parameters.with("brand", brandId).and("ids", ids));
    }
}
