package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.domain.WebhookAttempt;
import com.creatorplatform.campaign.domain.WebhookEndpoint;
import com.creatorplatform.campaign.domain.WebhookEvent;
import com.creatorplatform.campaign.service.WebhookDeliveries;
import com.creatorplatform.campaign.service.WebhookEndpoints;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CreateWebhookEndpointRequest;
import com.creatorplatform.proto.campaign.v1.CreateWebhookEndpointResponse;
import com.creatorplatform.proto.campaign.v1.ListWebhookAttemptsRequest;
import com.creatorplatform.proto.campaign.v1.ListWebhookAttemptsResponse;
import com.creatorplatform.proto.campaign.v1.ListWebhookEndpointsRequest;
import com.creatorplatform.proto.campaign.v1.ListWebhookEndpointsResponse;
import com.creatorplatform.proto.campaign.v1.PublishWebhookEventsRequest;
import com.creatorplatform.proto.campaign.v1.PublishWebhookEventsResponse;
import com.creatorplatform.proto.campaign.v1.ReplayWebhookDeliveryRequest;
import com.creatorplatform.proto.campaign.v1.ReplayWebhookDeliveryResponse;
import com.creatorplatform.proto.campaign.v1.SetWebhookEndpointEnabledRequest;
import com.creatorplatform.proto.campaign.v1.WebhookEndpointService;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A brand's outbound webhook endpoints, the events handed over for them, the delivery log and
 * replay. Thin adapter (see {@link GrpcCalls}).
 */
@GrpcService
public class WebhookEndpointGrpcService implements WebhookEndpointService {

    /** Most events one hand-over may carry. */
    static final int MAX_EVENTS = 500;

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhookEndpointGrpcService(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @Override
    public Uni<PublishWebhookEventsResponse> publishWebhookEvents(
            PublishWebhookEventsRequest request) {
        return GrpcCalls.run(
                () -> {
                    if (request.getEventsCount() > MAX_EVENTS) {
                        throw ApiError.invalidArgument("at most " + MAX_EVENTS + " events at once");
                    }
                    List<WebhookEvent> events =
                            request.getEventsList().stream()
                                    .map(
                                            e ->
                                                    WebhookEvent.of(
                                                            e.getEventId(),
                                                            Ids.parse("brand_id", e.getBrandId()),
                                                            e.getType(),
                                                            e.hasOccurredAt()
                                                                    ? WireTypes.instant(
                                                                            e.getOccurredAt())
                                                                    : null,
                                                            e.getDataJson()))
                                    .toList();
                    return deliveries
                            .publish(events)
                            .map(
                                    made ->
                                            PublishWebhookEventsResponse.newBuilder()
                                                    .setDeliveries(made)
                                                    .build());
                });
    }

    @Override
    public Uni<ListWebhookAttemptsResponse> listWebhookAttempts(
            ListWebhookAttemptsRequest request) {
        return GrpcCalls.run(
                () ->
                        deliveries
                                .log(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        PageCursor.decode(request.getPage().getCursor()),
                                        PageCursor.pageSize(request.getPage().getPageSize()))
                                .map(
                                        page ->
                                                ListWebhookAttemptsResponse.newBuilder()
                                                        .addAllAttempts(
                                                                page.items().stream()
                                                                        .map(
                                                                                WebhookEndpointGrpcService
                                                                                        ::toProto)
                                                                        .toList())
                                                        .setPageInfo(WirePages.info(page))
                                                        .build()));
    }

    @Override
    public Uni<ReplayWebhookDeliveryResponse> replayWebhookDelivery(
            ReplayWebhookDeliveryRequest request) {
        return GrpcCalls.run(
                () -> {
                    var deliveryId = Ids.parse("delivery_id", request.getDeliveryId());
                    return deliveries
                            .replay(Ids.parse("brand_id", request.getBrandId()), deliveryId)
                            .map(
                                    eventId ->
                                            ReplayWebhookDeliveryResponse.newBuilder()
                                                    .setDeliveryId(deliveryId.toString())
                                                    .setEventId(eventId)
                                                    .build());
                });
    }

    @Override
    public Uni<CreateWebhookEndpointResponse> createWebhookEndpoint(
            CreateWebhookEndpointRequest request) {
        return GrpcCalls.run(
                () ->
                        endpoints
                                .create(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getUrl(),
                                        request.getEventsList())
                                .map(
                                        endpoint ->
                                                CreateWebhookEndpointResponse.newBuilder()
                                                        .setEndpoint(toProto(endpoint))
                                                        .setSigningSecret(endpoint.signingSecret)
                                                        .build()));
    }

    @Override
    public Uni<ListWebhookEndpointsResponse> listWebhookEndpoints(
            ListWebhookEndpointsRequest request) {
        return GrpcCalls.run(
                () ->
                        endpoints
                                .ofBrand(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        found ->
                                                ListWebhookEndpointsResponse.newBuilder()
                                                        .addAllEndpoints(
                                                                found.stream()
                                                                        .map(
                                                                                WebhookEndpointGrpcService
                                                                                        ::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<com.creatorplatform.proto.campaign.v1.WebhookEndpoint> setWebhookEndpointEnabled(
            SetWebhookEndpointEnabledRequest request) {
        return GrpcCalls.run(
                () ->
                        endpoints
                                .setEnabled(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("endpoint_id", request.getEndpointId()),
                                        request.getEnabled())
                                .map(WebhookEndpointGrpcService::toProto));
    }

    private static com.creatorplatform.proto.campaign.v1.WebhookEndpoint toProto(
            WebhookEndpoint endpoint) {
        return com.creatorplatform.proto.campaign.v1.WebhookEndpoint.newBuilder()
                .setId(endpoint.id.toString())
                .setBrandId(endpoint.brandId.toString())
                .setUrl(endpoint.url)
                .addAllEvents(List.of(endpoint.events))
                .setEnabled(endpoint.enabled)
                .setCreatedAt(WireTypes.timestamp(endpoint.createdAt))
                .build();
    }

    private static com.creatorplatform.proto.campaign.v1.WebhookAttempt toProto(
            WebhookAttempt attempt) {
        return com.creatorplatform.proto.campaign.v1.WebhookAttempt.newBuilder()
                .setId(attempt.id().toString())
                .setDeliveryId(attempt.deliveryId().toString())
                .setEndpointId(attempt.endpointId().toString())
                .setEventId(attempt.eventId())
                .setEventType(attempt.eventType())
                .setAttemptedAt(WireTypes.timestamp(attempt.attemptedAt()))
                .setStatusCode(attempt.statusCode())
                .setSucceeded(attempt.succeeded())
                .setAnswer(attempt.answer())
                .build();
    }
}
