package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Brand;
import com.creatorplatform.campaign.repository.BrandRepository;
import com.creatorplatform.campaign.repository.CampaignRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of brands, the tenants. */
@ApplicationScoped
public class BrandDirectory {

    private static final Logger LOG = Logger.getLogger(BrandDirectory.class);

    private final BrandRepository brands;
    private final CampaignRepository campaigns;
    private final Clock clock;

    BrandDirectory(BrandRepository brands, CampaignRepository campaigns, Clock clock) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Brand> create(
            String name, String currency, List<String> domains, long minimumPayoutMinor) {
        return Uni.createFrom()
                .item(
                        () ->
                                Brand.create(
                                        name,
                                        currency,
                                        domains,
                                        minimumPayoutMinor,
                                        clock.instant()))
                .call(brands::persist)
                .invoke(brand -> LOG.infof("created brand %s (%s)", brand.id, brand.name));
    }

    /** The settings to change; an empty one keeps its value. */
    public record Settings(
            Optional<String> currency,
            Optional<List<String>> allowedDomains,
            OptionalLong minimumPayoutMinor,
            String minimumPayoutCurrency,
            Optional<String> timeZone) {}

    /**
     * Changes the brand's settings together or not at all. A new currency applies to the minimum
     * payout given with it (or kept), and only while the brand has no campaign.
     */
    @WithTransaction
    public Uni<Brand> updateSettings(UUID brandId, Settings settings) {
        return require(brandId)
                .call(
                        brand ->
                                settings.currency().isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : campaigns
                                                .count("brandId", brandId)
                                                .invoke(
                                                        count ->
                                                                brand.changeCurrency(
                                                                        settings.currency().get(),
                                                                        count > 0)))
                .invoke(
                        brand -> {
                            settings.allowedDomains().ifPresent(brand::changeAllowedDomains);
                            settings.timeZone().ifPresent(brand::changeTimeZone);
                            if (settings.minimumPayoutMinor().isPresent()) {
                                brand.changeMinimumPayout(
                                        settings.minimumPayoutMinor().getAsLong(),
                                        settings.minimumPayoutCurrency());
                            }
                        })
                .invoke(brand -> LOG.infof("brand %s changed its settings", brand.id));
    }

    @WithSession
    public Uni<List<Brand>> byIds(List<UUID> ids) {
        return brands.findByIds(ids).map(found -> Ids.inAskedOrder(ids, found, b -> b.id));
    }

    /** The brand, whose webhook secrets tracking-service verifies orders with. */
    @WithSession
    public Uni<Brand> webhookSecrets(UUID brandId) {
        return require(brandId);
    }

    /** A new webhook secret for the brand; the replaced one verifies for the overlap. */
    @WithTransaction
    public Uni<Brand> rotateWebhookSecret(UUID brandId, Duration overlap) {
        return require(brandId)
                .invoke(
                        brand -> {
                            brand.rotateWebhookSecret(overlap, clock.instant());
                            LOG.infof(
                                    "rotated the webhook secret of brand %s; the old one verifies until %s",
                                    brand.id, brand.previousSecretValidUntil);
                        });
    }

    /** The brand, or NOT_FOUND. */
    public Uni<Brand> require(UUID id) {
        return brands.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("brand " + id + " does not exist"));
    }
}
