package com.creatorplatform.tracking.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts the shop's order webhooks that were not taken, as {@code
 * tracking_webhook_rejected_total{reason}} (docs/adr/0072): the reason is the answer's status, as
 * {@link OrderWebhookRoute} documents it. A burst of {@code signature} means a shop signs with a
 * secret the brand no longer has (or someone forges calls); {@code unavailable}, that orders are
 * deferred while a service is down.
 */
@ApplicationScoped
public class WebhookRejections {

    private final MeterRegistry metrics;

    WebhookRejections(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void register(@Observes Router router) {
        // Before the route itself (and its body limit, whose 413 is counted too).
        router.post("/webhooks/orders").order(-100).handler(this::watch);
    }

    private void watch(RoutingContext ctx) {
        ctx.addHeadersEndHandler(
                ignored -> {
                    int status = ctx.response().getStatusCode();
                    if (status >= 400) {
                        counter(reason(status)).increment();
                    }
                });
        ctx.next();
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "signature";
            case 404 -> "unknown-order";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 503 -> "unavailable";
            default -> "error";
        };
    }

    private Counter counter(String reason) {
        return Counter.builder("tracking.webhook.rejected")
                .description("Order webhooks refused, by reason")
                .tag("reason", reason)
                .register(metrics);
    }
}
