package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.proto.campaign.v1.MutinyWebhookEndpointServiceGrpc.MutinyWebhookEndpointServiceStub;
import com.creatorplatform.proto.campaign.v1.PublishWebhookEventsRequest;
import com.creatorplatform.tracking.client.TrackingServiceIdentity;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hands the orders' brand webhook events over to campaign-service (see {@link WebhookOutbox}). */
@ApplicationScoped
public class BrandEventRelay {

    private final WebhookOutbox outbox;
    private final Vertx vertx;
    private final boolean enabled;
    private final Duration interval;

    BrandEventRelay(
            Pool db,
            Vertx vertx,
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyWebhookEndpointServiceStub webhooks,
            @ConfigProperty(name = "tracking.webhook-relay.enabled", defaultValue = "true")
                    boolean enabled,
            @ConfigProperty(name = "tracking.webhook-relay.interval", defaultValue = "PT1S")
                    Duration interval) {
        this.vertx = vertx;
        this.enabled = enabled;
        this.interval = interval;
        this.outbox =
                new WebhookOutbox(
                        db,
                        events ->
                                webhooks.withDeadlineAfter(5, TimeUnit.SECONDS)
                                        .publishWebhookEvents(
                                                WebhookOutbox.addTo(
                                                                PublishWebhookEventsRequest
                                                                        .newBuilder(),
                                                                events)
                                                        .build()));
    }

    void start(@Observes StartupEvent startup) {
        if (enabled) {
            outbox.start(vertx, interval);
        }
    }
}
