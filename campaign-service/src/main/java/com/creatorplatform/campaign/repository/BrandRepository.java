package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Brand;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BrandRepository implements PanacheRepositoryBase<Brand, UUID> {

    public Uni<List<Brand>> findByIds(List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
