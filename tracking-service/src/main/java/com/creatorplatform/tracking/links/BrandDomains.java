package com.creatorplatform.tracking.links;

import com.creatorplatform.contract.AllowedDomains;
import com.creatorplatform.tracking.client.CampaignCalls;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Brands' allowed domains (where their links may send visitors), from campaign-service, kept for a
 * minute.
 */
@ApplicationScoped
public class BrandDomains {

    private final CampaignCalls campaigns;
    private final Cache<UUID, AllowedDomains> domains =
            Caffeine.newBuilder()
                    .maximumSize(10_000)
                    .expireAfterWrite(Duration.ofMinutes(1))
                    .build();

    BrandDomains(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * The brand's allowed domains; NOT_FOUND for a brand campaign-service does not know,
     * UNAVAILABLE when it cannot answer.
     */
    public Uni<AllowedDomains> of(UUID brandId) {
        AllowedDomains cached = domains.getIfPresent(brandId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return campaigns
                .brand(brandId, "tell the brand's allowed domains")
                .map(brand -> new AllowedDomains(brand.getAllowedDomainsList()))
                .invoke(allowed -> domains.put(brandId, allowed));
    }
}
