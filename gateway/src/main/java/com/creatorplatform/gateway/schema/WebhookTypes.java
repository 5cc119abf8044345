package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The brand's webhook secrets and endpoints as GraphQL shows them. */
public final class WebhookTypes {

    private WebhookTypes() {}

    @Type("WebhookSecretRotation")
    @Description(
            "A new webhook signing secret, shown only here: the shop signs its order webhooks with it from now "
                    + "on; the replaced one verifies too until `previousValidUntil`.")
    public record WebhookSecretRotation(
            @NonNull String webhookSecret, @NonNull Instant previousValidUntil) {}

    @Type("WebhookEndpoint")
    @Description(
            "Where the brand wants its events sent, signed per Standard Webhooks with the endpoint's own secret.")
    public record WebhookEndpoint(
            @NonNull @Id String id,
            @NonNull String url,
            @NonNull @Description("Event names, e.g. order.attributed.")
                    List<@NonNull String> events,
            @Description(
                            "False once the endpoint failed too often in a row; nothing is sent to it then.")
                    boolean enabled,
            @NonNull Instant createdAt) {

        public static WebhookEndpoint from(
                com.creatorplatform.proto.campaign.v1.WebhookEndpoint e) {
            return new WebhookEndpoint(
                    e.getId(),
                    e.getUrl(),
                    List.copyOf(e.getEventsList()),
                    e.getEnabled(),
                    WireTypes.instant(e.getCreatedAt()));
        }
    }

    @Input("CreateWebhookEndpointInput")
    public record CreateWebhookEndpointInput(
            @NonNull
                    @Description(
                            "https, on a host with public addresses only (no loopback, private or link-local).")
                    String url,
            @NonNull
                    @Description(
                            "Any of order.attributed, order.refunded, commission.credited, post.submitted, "
                                    + "post.published, payout_run.approved, payout_run.paid.")
                    List<@NonNull String> events) {}

    @Type("CreateWebhookEndpointPayload")
    public record CreateWebhookEndpointPayload(
            @NonNull WebhookEndpoint endpoint,
            @NonNull @Description("The endpoint's whsec_ signing secret, shown only here.")
                    String signingSecret) {}

    @Type("WebhookAttempt")
    @Description(
            "One attempt to deliver an event to an endpoint. Every attempt of one delivery sends the same "
                    + "`webhook-id` (the event id), so receivers deduplicate.")
    public record WebhookAttempt(
            @NonNull @Id String id,
            @NonNull
                    @Id
                    @Description("The delivery attempted; replay it with replayWebhookDelivery.")
                    String deliveryId,
            @NonNull @Id String endpointId,
            @NonNull @Description("The event id, sent as webhook-id.") String eventId,
            @NonNull @Description("The event's name, e.g. order.attributed.") String eventType,
            @NonNull Instant attemptedAt,
            @Description("The HTTP status the endpoint answered; 0 when it did not answer.")
                    int statusCode,
            @Description("Whether the endpoint answered 2xx.") boolean succeeded,
            @NonNull @Description("The start of the endpoint's answer, or why there was none.")
                    String answer) {

        public static WebhookAttempt from(com.creatorplatform.proto.campaign.v1.WebhookAttempt a) {
            return new WebhookAttempt(
                    a.getId(),
                    a.getDeliveryId(),
                    a.getEndpointId(),
                    a.getEventId(),
                    a.getEventType(),
                    WireTypes.instant(a.getAttemptedAt()),
                    a.getStatusCode(),
                    a.getSucceeded(),
                    a.getAnswer());
        }
    }

    @Type("WebhookAttemptConnection")
    @Description("A page of the delivery log, newest first; pass pageInfo.endCursor as `after`.")
    public record WebhookAttemptConnection(
            @NonNull List<@NonNull WebhookAttempt> nodes, @NonNull PageInfo pageInfo) {}

    @Type("WebhookReplay")
    @Description("A delivery queued to be sent again, with the same webhook-id.")
    public record WebhookReplay(@NonNull @Id String deliveryId, @NonNull String eventId) {}
}
