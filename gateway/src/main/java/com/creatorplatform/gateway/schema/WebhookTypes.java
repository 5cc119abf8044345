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
}
