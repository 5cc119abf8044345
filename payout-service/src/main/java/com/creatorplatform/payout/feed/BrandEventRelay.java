package com.creatorplatform.payout.feed;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.proto.campaign.v1.MutinyWebhookEndpointServiceGrpc.MutinyWebhookEndpointServiceStub;
import com.creatorplatform.proto.campaign.v1.PublishWebhookEventsRequest;
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

/**
 * Hands the ledger's and the runs' brand webhook events over to campaign-service (see {@link
 * WebhookOutbox}): replicas relay side by side, each taking rows the others have not locked, and
 * campaign-service keeps one event per id, so a batch handed over twice is harmless. Their order
 * does not matter here (unlike the order events of ADR 0071): receivers order events themselves.
 */
@ApplicationScoped
public class BrandEventRelay {

    private final Pool db;
    private final Vertx vertx;
    private final MutinyWebhookEndpointServiceStub webhooks;
    private final boolean enabled;
    private final Duration interval;
    private final Duration deadline;

    BrandEventRelay(
            Pool db,
            Vertx vertx,
            @GrpcClient("campaign") @RegisterClientInterceptor(PayoutServiceIdentity.class)
                    MutinyWebhookEndpointServiceStub webhooks,
            @ConfigProperty(name = "payout.webhook-relay.enabled") boolean enabled,
            @ConfigProperty(name = "payout.webhook-relay.interval") Duration interval,
            @ConfigProperty(name = "payout.campaign-service.deadline") Duration deadline) {
        this.db = db;
        this.vertx = vertx;
        this.webhooks = webhooks;
        this.enabled = enabled;
        this.interval = interval;
        this.deadline = deadline;
    }

    void start(@Observes StartupEvent startup) {
        if (enabled) {
            new WebhookOutbox(
                            db,
                            events ->
                                    webhooks.withDeadlineAfter(
                                                    deadline.toMillis(), TimeUnit.MILLISECONDS)
                                            .publishWebhookEvents(
                                                    WebhookOutbox.addTo(
                                                                    PublishWebhookEventsRequest
                                                                            .newBuilder(),
                                                                    events)
                                                            .build()))
                    .start(vertx, interval);
        }
    }
}
