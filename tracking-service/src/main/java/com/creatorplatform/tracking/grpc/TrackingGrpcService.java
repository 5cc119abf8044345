package com.creatorplatform.tracking.grpc;

import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksResponse;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingService;
import com.creatorplatform.tracking.mapping.TrackingMapping;
import com.creatorplatform.tracking.service.LinkRegistry;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/** Thin adapter: parse the request, call a use case, map the answer; failures become gRPC statuses. */
@GrpcService
public class TrackingGrpcService implements TrackingService {

    private final LinkRegistry links;

    TrackingGrpcService(LinkRegistry links) {
        this.links = links;
    }

    @Override
    public Uni<TrackingLink> createTrackingLink(CreateTrackingLinkRequest request) {
        return GrpcCalls.run(() -> links.create(TrackingMapping.toNewLink(request)).map(TrackingMapping::toProto));
    }

    @Override
    public Uni<BatchGetTrackingLinksResponse> batchGetTrackingLinks(BatchGetTrackingLinksRequest request) {
        return GrpcCalls.run(() -> links.byIds(Ids.parse("brand_id", request.getBrandId()), Ids.parseBatch("ids", request.getIdsList()))
                .map(found -> BatchGetTrackingLinksResponse.newBuilder()
                        .addAllLinks(found.stream().map(TrackingMapping::toProto).toList())
                        .build()));
    }
}
