package com.creatorplatform.tracking.client;

import com.creatorplatform.proto.campaign.v1.Brand;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Brands' currencies, from campaign-service, kept for a minute: a brand's currency may change only
 * until its first campaign (ADR 0053), and an order read before then must not hold the old one for
 * long.
 */
@ApplicationScoped
public class BrandCurrencies {

    private static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private final CampaignCalls campaigns;
    private final Cache<UUID, String> currencies =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT_FOR).build();

    BrandCurrencies(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /** The brand's currency; NOT_FOUND when there is no such brand. */
    public Uni<String> of(UUID brandId) {
        String cached = currencies.getIfPresent(brandId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return campaigns
                .brand(brandId, "give the brand's currency")
                .map(Brand::getCurrency)
                .invoke(currency -> currencies.put(brandId, currency));
    }
}
