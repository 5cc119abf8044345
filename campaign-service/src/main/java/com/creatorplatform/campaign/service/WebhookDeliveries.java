package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.WebhookAttempt;
import com.creatorplatform.campaign.domain.WebhookEvent;
import com.creatorplatform.campaign.repository.WebhookDeliveryRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use cases of webhook deliveries: events handed over (stored once by id, with a delivery to each
 * subscribed endpoint), the brand's delivery log and replay. {@link WebhookEngine} sends them.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    WebhookDeliveries(WebhookDeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Stores the events handed over by another service, all or none, each id once; answers how many
     * deliveries they made.
     */
    public Uni<Integer> publish(List<WebhookEvent> events) {
        return deliveries
                .store(events, clock.instant())
                .invoke(
                        made ->
                                LOG.debugf(
                                        "%d webhook events handed over: %d deliveries",
                                        events.size(), made));
    }

    /**
     * Stores one event in the caller's transaction (the fact's own, for this service's events);
     * answers how many deliveries it made.
     */
    public Uni<Integer> record(WebhookEvent event) {
        return deliveries
                .storeInSession(event, clock.instant())
                .invoke(
                        made ->
                                LOG.debugf(
                                        "webhook event %s (%s) of brand %s: %d deliveries",
                                        event.id(), event.type(), event.brandId(), made));
    }

    /** The brand's attempts, newest first, one page after the cursor. */
    public Uni<Page<WebhookAttempt>> log(UUID brandId, PageCursor after, int size) {
        return deliveries
                .attempts(brandId, after, size + 1)
                .map(rows -> Page.of(rows, size, WebhookAttempt::attemptedAt, WebhookAttempt::id));
    }

    /** Sends the brand's delivery again (same webhook-id) as soon as the engine gets to it. */
    public Uni<String> replay(UUID brandId, UUID deliveryId) {
        return deliveries
                .replay(brandId, deliveryId, clock.instant())
                .map(
                        replay -> {
                            if (replay.eventId() == null) {
                                throw ApiError.notFound(
                                        "webhook delivery " + deliveryId + " does not exist");
                            }
                            if (!replay.endpointEnabled()) {
                                throw ApiError.failedPrecondition(
                                        "the endpoint of webhook delivery "
                                                + deliveryId
                                                + " is disabled; nothing is sent to it");
                            }
                            LOG.infof(
                                    "brand %s replays webhook delivery %s of event %s",
                                    brandId, deliveryId, replay.eventId());
                            return replay.eventId();
                        });
    }
}
