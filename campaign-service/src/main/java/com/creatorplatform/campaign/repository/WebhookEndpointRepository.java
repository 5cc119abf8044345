package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.WebhookEndpoint;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public Uni<List<WebhookEndpoint>> ofBrand(UUID brandId) {
        return list("brandId = ?1 order by createdAt, id", brandId);
    }
}
