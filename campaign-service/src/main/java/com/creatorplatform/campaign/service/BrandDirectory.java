package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Brand;
import com.creatorplatform.campaign.repository.BrandRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of brands, the tenants. */
@ApplicationScoped
public class BrandDirectory {

    private static final Logger LOG = Logger.getLogger(BrandDirectory.class);

    private final BrandRepository brands;
    private final Clock clock;

    BrandDirectory(BrandRepository brands, Clock clock) {
        this.brands = brands;
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
