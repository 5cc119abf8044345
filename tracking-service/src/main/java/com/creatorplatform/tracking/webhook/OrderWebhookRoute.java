package com.creatorplatform.tracking.webhook;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.webhook.StandardWebhooks;
import com.creatorplatform.contract.webhook.WebhookRefused;
import com.creatorplatform.tracking.client.BrandSecrets;
import com.creatorplatform.tracking.orders.ConversionDesk;
import com.creatorplatform.tracking.orders.CustomerOrder;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * {@code POST /webhooks/orders}: the shop's order feed, signed per Standard Webhooks ({@link
 * StandardWebhooks}) or the platform's first scheme ({@link WebhookSignature}) with one of the
 * brand's secrets. The brand is named by {@code X-Brand-Id}; the body is one event:
 *
 * <pre>
 * {"type": "order.created", "orderId": "1001", "amountMinor": 12000, "currency": "EUR", "orderedAt": "2026-11-23T10:00:00Z",
 *  "customerEmailHash": "…", "clickId": "…", "discountCode": "ANNA10", "completed": false}
 * {"type": "order.completed" | "order.cancelled", "orderId": "1001", "at": "…"}
 * {"type": "order.refunded", "orderId": "1001", "refundId": "r-1", "amountMinor": 2500, "currency": "EUR", "at": "…"}
 * </pre>
 *
 * A refused request stores nothing and gets a JSON error: 401 (signature, age, brand), 400 (bad
 * event), 404 (unknown order), 409 (not possible in the order's state), 503 (try again).
 */
@ApplicationScoped
public class OrderWebhookRoute {

    private static final Logger LOG = Logger.getLogger(OrderWebhookRoute.class);
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final BrandSecrets secrets;
    private final ConversionDesk conversions;
    private final Clock clock;

    OrderWebhookRoute(BrandSecrets secrets, ConversionDesk conversions, Clock clock) {
        this.secrets = secrets;
        this.conversions = conversions;
        this.clock = clock;
    }

    void register(@Observes Router router) {
        router.post("/webhooks/orders")
                .handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
                .handler(this::receive);
    }

    void receive(RoutingContext ctx) {
        UUID brandId;
        try {
            brandId = UUID.fromString(String.valueOf(ctx.request().getHeader("X-Brand-Id")));
        } catch (IllegalArgumentException e) {
            error(ctx, 401, "UNAUTHENTICATED", "X-Brand-Id must name a brand");
            return;
        }
        byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        verified(brandId, ctx, body)
                .flatMap(ignored -> apply(brandId, parse(body)))
                .subscribe()
                .with(
                        view ->
                                ctx.response()
                                        .setStatusCode(200)
                                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                                        .end(summary(view).encode()),
                        failure -> fail(ctx, brandId, failure));
    }

    /**
     * Passes when the request is signed with one of the brand's secrets; a signature that matches
     * none of the kept secrets is checked once more against freshly read ones (a rotation).
     */
    private Uni<Void> verified(UUID brandId, RoutingContext ctx, byte[] body) {
        return secrets.of(brandId)
                .flatMap(
                        keys -> {
                            try {
                                verify(keys, ctx, body);
                                return Uni.createFrom().voidItem();
                            } catch (WebhookRefused refused) {
                                if (!refused.signatureMismatch()) {
                                    throw refused;
                                }
                                return secrets.fresh(brandId)
                                        .invoke(fresh -> verify(fresh, ctx, body))
                                        .replaceWithVoid();
                            }
                        });
    }

    /**
     * By the headers the shop sent: Standard Webhooks when it sent {@code webhook-signature}, the
     * platform's first scheme ({@link WebhookSignature}) otherwise.
     */
    private void verify(Optional<BrandSecrets.Keys> keys, RoutingContext ctx, byte[] body) {
        if (keys.isEmpty()) {
            throw WebhookRefused.because("unknown brand");
        }
        Instant now = clock.instant();
        List<String> verifying = keys.get().verifyingAt(now);
        var headers = ctx.request().headers();
        if (headers.contains(StandardWebhooks.SIGNATURE)) {
            StandardWebhooks.verify(
                    verifying,
                    headers.get(StandardWebhooks.ID),
                    headers.get(StandardWebhooks.TIMESTAMP),
                    headers.get(StandardWebhooks.SIGNATURE),
                    body,
                    now);
        } else {
            WebhookSignature.verify(
                    verifying,
                    headers.get(WebhookSignature.TIMESTAMP),
                    headers.get(WebhookSignature.SIGNATURE),
                    body,
                    now);
        }
    }

    private Uni<ConversionDesk.OrderView> apply(UUID brandId, JsonObject event) {
        String type = event.getString("type", "");
        String orderId = required(event, "orderId");
        return switch (type) {
            case "order.created" ->
                    conversions.record(
                            new CustomerOrder.Report(
                                    brandId,
                                    orderId,
                                    amount(event),
                                    required(event, "currency").toUpperCase(Locale.ROOT),
                                    instant(event, "orderedAt"),
                                    lower(event.getString("customerEmailHash")),
                                    clickId(event),
                                    event.getString("discountCode")),
                            event.getBoolean("completed", false));
            case "order.completed" -> conversions.complete(brandId, orderId, instantOrNow(event));
            case "order.cancelled" -> conversions.cancel(brandId, orderId, instantOrNow(event));
            case "order.refunded" ->
                    conversions.refund(
                            brandId,
                            orderId,
                            required(event, "refundId"),
                            amount(event),
                            required(event, "currency").toUpperCase(Locale.ROOT),
                            instantOrNow(event));
            default ->
                    throw ApiError.invalidArgument(
                            "type must be order.created, order.completed, order.cancelled or order.refunded");
        };
    }

    private static JsonObject parse(byte[] body) {
        try {
            return new JsonObject(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (DecodeException | ClassCastException e) {
            throw ApiError.invalidArgument("the body must be a JSON object");
        }
    }

    private static String required(JsonObject event, String field) {
        Object value = event.getValue(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw ApiError.invalidArgument(field + " is required");
        }
        return text.trim();
    }

    private static long amount(JsonObject event) {
        if (!(event.getValue("amountMinor") instanceof Number number)
                || number.doubleValue() != number.longValue()) {
            throw ApiError.invalidArgument("amountMinor must be a whole number of minor units");
        }
        return number.longValue();
    }

    private static Instant instant(JsonObject event, String field) {
        try {
            return Instant.parse(required(event, field));
        } catch (DateTimeParseException e) {
            throw ApiError.invalidArgument(
                    field + " must be an ISO-8601 instant such as 2026-11-23T10:00:00Z");
        }
    }

    private Instant instantOrNow(JsonObject event) {
        return event.getValue("at") == null ? clock.instant() : instant(event, "at");
    }

    private static UUID clickId(JsonObject event) {
        String value = event.getString("clickId");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArgument(
                    "clickId must be the cp_click value the landing page received");
        }
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static JsonObject summary(ConversionDesk.OrderView view) {
        CustomerOrder order = view.order();
        return new JsonObject()
                .put("orderId", order.orderId)
                .put("status", order.status.name())
                .put("amountMinor", order.amountMinor)
                .put("refundedMinor", order.refundedMinor)
                .put("currency", order.currency)
                .put(
                        "attribution",
                        new JsonObject()
                                .put("outcome", order.outcome.name())
                                .put("rule", order.rule.name())
                                .put(
                                        "creatorId",
                                        order.creatorId == null ? null : order.creatorId.toString())
                                .put(
                                        "campaignId",
                                        order.campaignId == null
                                                ? null
                                                : order.campaignId.toString())
                                .put("reason", order.reason));
    }

    private static void fail(RoutingContext ctx, UUID brandId, Throwable failure) {
        if (failure instanceof WebhookRefused refused) {
            LOG.warnf("refused order webhook for brand %s: %s", brandId, refused.getMessage());
            error(ctx, 401, "UNAUTHENTICATED", refused.getMessage());
        } else if (failure instanceof ApiError api) {
            int status =
                    switch (api.code()) {
                        case NOT_FOUND -> 404;
                        case FAILED_PRECONDITION, ALREADY_EXISTS -> 409;
                        default -> 400;
                    };
            error(ctx, status, api.code().name(), api.getMessage());
        } else if (failure instanceof io.grpc.StatusRuntimeException unavailable) {
            LOG.warnf("order webhook for brand %s deferred: %s", brandId, unavailable.getStatus());
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
            error(ctx, 503, "UNAVAILABLE", "a service the order needs is unavailable; retry");
        } else {
            LOG.errorf(failure, "order webhook for brand %s failed", brandId);
            error(ctx, 500, "INTERNAL", "internal error");
        }
    }

    private static void error(RoutingContext ctx, int status, String code, String message) {
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("error", message).put("code", code).encode());
    }
}
