package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.WebhookTypes.CreateWebhookEndpointInput;
import com.creatorplatform.gateway.schema.WebhookTypes.CreateWebhookEndpointPayload;
import com.creatorplatform.gateway.schema.WebhookTypes.WebhookAttempt;
import com.creatorplatform.gateway.schema.WebhookTypes.WebhookAttemptConnection;
import com.creatorplatform.gateway.schema.WebhookTypes.WebhookEndpoint;
import com.creatorplatform.gateway.schema.WebhookTypes.WebhookReplay;
import com.creatorplatform.gateway.schema.WebhookTypes.WebhookSecretRotation;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.CreateWebhookEndpointRequest;
import com.creatorplatform.proto.campaign.v1.ListWebhookAttemptsRequest;
import com.creatorplatform.proto.campaign.v1.ReplayWebhookDeliveryRequest;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.SetWebhookEndpointEnabledRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The brand's webhooks: the secret its shop signs order webhooks with, and the endpoints it wants
 * its events sent to.
 */
@GraphQLApi
public class WebhooksApi {

    private final Caller caller;
    private final CampaignClient campaigns;

    WebhooksApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Mutation
    @Description(
            "Replaces the brand's webhook signing secret with a new `whsec_` one, shown only in the answer. The "
                    + "replaced secret keeps verifying for `overlapMinutes` (0 to 10080; 0 ends it at once, as after a "
                    + "leak) so the shop can switch without refused orders. Brand admins only.")
    public Uni<@NonNull WebhookSecretRotation> rotateWebhookSecret(
            @DefaultValue("1440") int overlapMinutes) {
        return campaigns
                .rotateWebhookSecret(
                        RotateWebhookSecretRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setOverlapMinutes(overlapMinutes)
                                .build())
                .map(
                        rotated ->
                                new WebhookSecretRotation(
                                        rotated.getWebhookSecret(),
                                        WireTypes.instant(rotated.getPreviousValidUntil())));
    }

    @Mutation
    @Description(
            "Registers an endpoint for the brand's events; the answer holds its signing secret, shown only there. "
                    + "At most 10 endpoints a brand. Brand admins only.")
    public Uni<@NonNull CreateWebhookEndpointPayload> createWebhookEndpoint(
            @NonNull CreateWebhookEndpointInput input) {
        return campaigns
                .createWebhookEndpoint(
                        CreateWebhookEndpointRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setUrl(input.url())
                                .addAllEvents(input.events())
                                .build())
                .map(
                        created ->
                                new CreateWebhookEndpointPayload(
                                        WebhookEndpoint.from(created.getEndpoint()),
                                        created.getSigningSecret()));
    }

    // Named explicitly: SmallRye would drop the "set" of a method's name, as of a setter.
    @Mutation("setWebhookEndpointEnabled")
    @Description(
            "Pauses an endpoint (enabled false: nothing is sent, its deliveries wait) or resumes one, also one "
                    + "disabled after failures in a row: its failure count starts from zero and the deliveries that "
                    + "waited are sent. Brand admins only.")
    public Uni<@NonNull WebhookEndpoint> setWebhookEndpointEnabled(
            @NonNull @Id String endpointId, boolean enabled) {
        return campaigns
                .setWebhookEndpointEnabled(
                        SetWebhookEndpointEnabledRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setEndpointId(endpointId)
                                .setEnabled(enabled)
                                .build())
                .map(WebhookEndpoint::from);
    }

    @Query
    @Description("The brand's webhook endpoints, oldest first (at most 10). Brand users only.")
    public Uni<@NonNull List<@NonNull WebhookEndpoint>> webhookEndpoints() {
        return campaigns
                .webhookEndpoints(caller.brandToRead())
                .map(found -> found.stream().map(WebhookEndpoint::from).toList());
    }

    @Query
    @Description(
            "The brand's webhook delivery log: every attempt (status, time, the start of the answer), newest "
                    + "first. Brand users only.")
    public Uni<@NonNull WebhookAttemptConnection> webhookDeliveryLog(
            @DefaultValue("20") int first, String after) {
        return campaigns
                .webhookAttempts(
                        ListWebhookAttemptsRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setPage(Pages.of(first, after))
                                .build())
                .map(
                        page ->
                                new WebhookAttemptConnection(
                                        page.getAttemptsList().stream()
                                                .map(WebhookAttempt::from)
                                                .toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    @Mutation
    @Description(
            "Sends a logged delivery again, with the same webhook-id, as soon as possible; its retries start "
                    + "over. Brand admins only.")
    public Uni<@NonNull WebhookReplay> replayWebhookDelivery(@NonNull @Id String deliveryId) {
        return campaigns
                .replayWebhookDelivery(
                        ReplayWebhookDeliveryRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setDeliveryId(deliveryId)
                                .build())
                .map(
                        replayed ->
                                new WebhookReplay(replayed.getDeliveryId(), replayed.getEventId()));
    }
}
