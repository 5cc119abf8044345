package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.WebhookEndpoint;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public Uni<List<WebhookEndpoint>> ofBrand(UUID brandId) {
        return list("brandId = ?1 order by createdAt, id", brandId);
    }

    /**
     * Parks the endpoint's pending deliveries in the current session's transaction: see {@link
     * WebhookDeliveryRepository#PARK}.
     */
    public Uni<Integer> parkDeliveries(UUID endpointId) {
        return inSession(WebhookDeliveryRepository.PARK, endpointId);
    }

    /** Makes the endpoint's parked deliveries due at {@code now}, in the session's transaction. */
    public Uni<Integer> resumeDeliveries(UUID endpointId, Instant now) {
        return inSession(WebhookDeliveryRepository.UNPARK, endpointId, now);
    }

    /**
     * Runs one of the delivery engine's statements (written for the reactive client, $n parameters)
     * in the current session's transaction; answers how many rows it changed.
     */
    private static Uni<Integer> inSession(String sql, Object... parameters) {
        return Panache.getSession()
                .flatMap(
                        session -> {
                            var query = session.createNativeQuery(sql.replace('$', '?'));
                            for (int i = 0; i < parameters.length; i++) {
                                query.setParameter(i + 1, parameters[i]);
                            }
                            return query.executeUpdate();
                        });
    }
}
