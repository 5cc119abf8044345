package com.creatorplatform.gateway.client;

import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.tracking.v1.BatchGetOrdersRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksRequest;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.DiscountCode;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ListCreatorDiscountCodesResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorLinksResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorRecordsRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsResponse;
import com.creatorplatform.proto.tracking.v1.MutinyTrackingServiceGrpc.MutinyTrackingServiceStub;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gateway's one door to tracking-service. */
@ApplicationScoped
public class TrackingClient {

    static final String SERVICE = "tracking-service";

    private final MutinyTrackingServiceStub client;
    private final Caller caller;
    private final Duration deadline;

    TrackingClient(
            @GrpcClient("tracking") MutinyTrackingServiceStub client,
            Caller caller,
            @ConfigProperty(name = "platform.grpc.deadline") Duration deadline) {
        this.client = client;
        this.caller = caller;
        this.deadline = deadline;
    }

    /** The same door for a caller held beyond the request (an export job). */
    public TrackingClient actingFor(Caller held) {
        return new TrackingClient(client, held, deadline);
    }

    /** The stub for one call: the caller's identity and a deadline counted from now. */
    private MutinyTrackingServiceStub stub() {
        return ServiceCall.stub(client, caller.accessToken(), deadline);
    }

    public Uni<List<TrackingLink>> links(String brandId, List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetTrackingLinks(
                                        BatchGetTrackingLinksRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllIds(ids)
                                                .build())
                                .map(r -> r.getLinksList()));
    }

    public Uni<TrackingLink> createLink(CreateTrackingLinkRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().createTrackingLink(request));
    }

    /** A report: one call for any number of campaigns, creators or posts of one brand. */
    public Uni<List<ReportRow>> report(GetReportRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().getReport(request).map(r -> r.getRowsList()));
    }

    public Uni<ListTransactionDetailsResponse> transactions(ListTransactionDetailsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listTransactionDetails(request));
    }

    public Uni<List<Order>> orders(String brandId, List<String> orderIds) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetOrders(
                                        BatchGetOrdersRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllOrderIds(orderIds)
                                                .build())
                                .map(r -> r.getOrdersList()));
    }

    /** A page of one creator's links in any number of campaigns of a brand. */
    public Uni<ListCreatorLinksResponse> creatorLinks(ListCreatorRecordsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCreatorLinks(request));
    }

    /** A page of one creator's discount codes in any number of campaigns of a brand. */
    public Uni<ListCreatorDiscountCodesResponse> creatorDiscountCodes(
            ListCreatorRecordsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCreatorDiscountCodes(request));
    }

    public Uni<DiscountCode> createDiscountCode(CreateDiscountCodeRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().createDiscountCode(request));
    }
}
