package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.domain.WebhookEndpoint;
import com.creatorplatform.campaign.service.WebhookEndpoints;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CreateWebhookEndpointRequest;
import com.creatorplatform.proto.campaign.v1.CreateWebhookEndpointResponse;
import com.creatorplatform.proto.campaign.v1.ListWebhookEndpointsRequest;
import com.creatorplatform.proto.campaign.v1.ListWebhookEndpointsResponse;
import com.creatorplatform.proto.campaign.v1.WebhookEndpointService;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** A brand's outbound webhook endpoints. Thin adapter (see {@link GrpcCalls}). */
@GrpcService
public class WebhookEndpointGrpcService implements WebhookEndpointService {

    private final WebhookEndpoints endpoints;

    WebhookEndpointGrpcService(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
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
}
