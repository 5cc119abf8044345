package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.EndpointUrl;
import com.creatorplatform.campaign.domain.WebhookEndpoint;
import com.creatorplatform.campaign.domain.WebhookEventType;
import com.creatorplatform.campaign.repository.BrandRepository;
import com.creatorplatform.campaign.repository.WebhookEndpointRepository;
import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Use cases of a brand's outbound webhook endpoints. */
@ApplicationScoped
public class WebhookEndpoints {

    private static final Logger LOG = Logger.getLogger(WebhookEndpoints.class);

    private final WebhookEndpointRepository endpoints;
    private final BrandRepository brands;
    private final Clock clock;
    private final Vertx vertx;
    private final Set<String> testHosts;

    WebhookEndpoints(
            WebhookEndpointRepository endpoints,
            BrandRepository brands,
            Clock clock,
            Vertx vertx,
            @ConfigProperty(name = "campaign.webhooks.test-hosts")
                    Optional<List<String>> testHosts) {
        this.endpoints = endpoints;
        this.brands = brands;
        this.clock = clock;
        this.vertx = vertx;
        this.testHosts = Set.copyOf(testHosts.orElse(List.of()));
    }

    /**
     * Registers an endpoint: the events and the url are checked first (the url's host looked up off
     * the event loop), then stored with the brand row locked, so that two at once cannot pass the
     * limit.
     */
    public Uni<WebhookEndpoint> create(UUID brandId, String url, List<String> events) {
        List<String> types = WebhookEventType.parse(events);
        return vertx.executeBlocking(
                        Uni.createFrom()
                                .item(
                                        () ->
                                                EndpointUrl.check(
                                                        url,
                                                        testHosts,
                                                        host ->
                                                                List.of(
                                                                        InetAddress.getAllByName(
                                                                                host)))))
                .flatMap(checked -> Panache.withTransaction(() -> store(brandId, checked, types)));
    }

    private Uni<WebhookEndpoint> store(UUID brandId, String url, List<String> types) {
        return brands.findById(brandId, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("brand " + brandId + " does not exist"))
                .flatMap(brand -> endpoints.count("brandId", brandId))
                .flatMap(
                        count -> {
                            if (count >= WebhookEndpoint.MAX_PER_BRAND) {
                                throw ApiError.failedPrecondition(
                                        "the brand has "
                                                + WebhookEndpoint.MAX_PER_BRAND
                                                + " webhook endpoints already, the most it may have");
                            }
                            var endpoint =
                                    WebhookEndpoint.create(brandId, url, types, clock.instant());
                            return endpoints.persist(endpoint);
                        })
                .invoke(
                        endpoint ->
                                LOG.infof(
                                        "brand %s registered webhook endpoint %s for %s",
                                        brandId, endpoint.id, String.join(", ", endpoint.events)));
    }

    /** Pauses or resumes one of the brand's endpoints (another brand's is NOT_FOUND). */
    public Uni<WebhookEndpoint> setEnabled(UUID brandId, UUID endpointId, boolean enabled) {
        return Panache.withTransaction(
                        () ->
                                endpoints
                                        .findById(endpointId, LockModeType.PESSIMISTIC_WRITE)
                                        .invoke(
                                                endpoint -> {
                                                    if (endpoint == null
                                                            || !endpoint.brandId.equals(brandId)) {
                                                        throw ApiError.notFound(
                                                                "webhook endpoint "
                                                                        + endpointId
                                                                        + " does not exist");
                                                    }
                                                    if (enabled) {
                                                        endpoint.enable();
                                                    } else {
                                                        endpoint.pause(clock.instant());
                                                    }
                                                })
                                        .call(
                                                () ->
                                                        enabled
                                                                ? endpoints.resumeDeliveries(
                                                                        endpointId, clock.instant())
                                                                : endpoints.parkDeliveries(
                                                                        endpointId)))
                .invoke(
                        endpoint ->
                                LOG.infof(
                                        "brand %s %s webhook endpoint %s",
                                        brandId, enabled ? "enabled" : "paused", endpointId));
    }

    @WithSession
    public Uni<List<WebhookEndpoint>> ofBrand(UUID brandId) {
        return endpoints.ofBrand(brandId);
    }
}
