package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.tracking.domain.attribution.Outcome;
import io.vertx.core.json.JsonObject;
import java.util.Optional;

/**
 * What a brand's webhook endpoints hear about its orders (ADR 0056): {@code order.attributed} when
 * a new order is credited to a creator, {@code order.refunded} for each refund. Each event id is
 * derived from the fact, so the same fact written twice is one event.
 */
final class BrandEvents {

    private BrandEvents() {}

    /** The attribution of a new order, when it was credited to a creator. */
    static Optional<WebhookOutbox.Event> attributed(CustomerOrder order) {
        if (order.outcome != Outcome.ATTRIBUTED) {
            return Optional.empty();
        }
        return Optional.of(
                new WebhookOutbox.Event(
                        "order:" + order.brandId + ":" + order.orderId + ":attributed",
                        order.brandId,
                        "order.attributed",
                        order.createdAt,
                        order(order)
                                .put("orderedAt", order.orderedAt.toString())
                                .put("status", order.status.name())
                                .put("rule", order.rule == null ? null : order.rule.name())
                                .encode()));
    }

    static WebhookOutbox.Event refunded(CustomerOrder order, OrderRefund refund) {
        return new WebhookOutbox.Event(
                "order:" + order.brandId + ":" + order.orderId + ":refund:" + refund.refundId,
                order.brandId,
                "order.refunded",
                refund.refundedAt,
                order(order)
                        .put("refundId", refund.refundId)
                        .put("refund", money(refund.amountMinor, order.currency))
                        .put("refundedInAll", money(order.refundedMinor, order.currency))
                        .put("refundedAt", refund.refundedAt.toString())
                        .encode());
    }

    /** What every order event says of its order and whom it was credited to. */
    private static JsonObject order(CustomerOrder order) {
        return new JsonObject()
                .put("orderId", order.orderId)
                .put("amount", money(order.amountMinor, order.currency))
                .put("outcome", order.outcome.name())
                .put("creatorId", order.creatorId == null ? null : order.creatorId.toString())
                .put("campaignId", order.campaignId == null ? null : order.campaignId.toString())
                .put("postId", order.postId == null ? null : order.postId.toString());
    }

    private static JsonObject money(long minor, String currency) {
        return new JsonObject().put("amountMinor", minor).put("currency", currency);
    }
}
