package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.ApiKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** Active keys newest first, then revoked ones newest first. */
    public Uni<List<ApiKey>> ofBrand(UUID brandId) {
        return list(
                "brandId = ?1 order by case when revokedAt is null then 0 else 1 end,"
                        + " createdAt desc, id desc",
                brandId);
    }

    /** The brand's key; null for another brand's or an unknown id. */
    public Uni<ApiKey> ofBrand(UUID brandId, UUID keyId) {
        return find("id = ?1 and brandId = ?2", keyId, brandId).firstResult();
    }

    public Uni<Long> countActive(UUID brandId) {
        return count("brandId = ?1 and revokedAt is null", brandId);
    }
}
