package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.webhook.StandardWebhooks;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a brand wants the events it subscribed to sent, signed with the endpoint's own secret. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    /** Most endpoints a brand may have. */
    public static final int MAX_PER_BRAND = 10;

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public String url;

    @Column(columnDefinition = "text[]")
    public String[] events;

    @Column(name = "signing_secret")
    public String signingSecret;

    public boolean enabled;

    /** Failed deliveries in a row; the delivery engine disables the endpoint after too many. */
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * A new enabled endpoint with a fresh secret; the url checked by {@link EndpointUrl}, the
     * events by {@link WebhookEventType}.
     */
    public static WebhookEndpoint create(
            UUID brandId, String checkedUrl, List<String> events, Instant now) {
        var endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.brandId = brandId;
        endpoint.url = checkedUrl;
        endpoint.events = WebhookEventType.parse(events).toArray(String[]::new);
        endpoint.signingSecret = StandardWebhooks.newSecret();
        endpoint.enabled = true;
        endpoint.createdAt = now;
        return endpoint;
    }

    /** The brand resumes the endpoint: its failures in a row start again from zero. */
    public void enable() {
        enabled = true;
        consecutiveFailures = 0;
        disabledAt = null;
    }

    /** The brand pauses the endpoint; its deliveries wait until it is enabled again. */
    public void pause(Instant now) {
        if (enabled) {
            enabled = false;
            disabledAt = now;
        }
    }
}
