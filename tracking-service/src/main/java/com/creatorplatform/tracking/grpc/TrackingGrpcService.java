package com.creatorplatform.tracking.grpc;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.PageInfo;
import com.creatorplatform.proto.tracking.v1.BatchGetCreatorPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetOrdersRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetOrdersResponse;
import com.creatorplatform.proto.tracking.v1.BatchGetPerformanceResponse;
import com.creatorplatform.proto.tracking.v1.BatchGetPostPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksResponse;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.DiscountCode;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.GetReportResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorDiscountCodesResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorLinksResponse;
import com.creatorplatform.proto.tracking.v1.ListCreatorRecordsRequest;
import com.creatorplatform.proto.tracking.v1.ListSetAsideOrderEventsRequest;
import com.creatorplatform.proto.tracking.v1.ListSetAsideOrderEventsResponse;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsResponse;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.ReplaySetAsideOrderEventsRequest;
import com.creatorplatform.proto.tracking.v1.ReplaySetAsideOrderEventsResponse;
import com.creatorplatform.proto.tracking.v1.SetAsideOrderEvent;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingService;
import com.creatorplatform.proto.tracking.v1.UpdateOrderStatusRequest;
import com.creatorplatform.tracking.client.BrandSettings;
import com.creatorplatform.tracking.links.LinkMapping;
import com.creatorplatform.tracking.links.LinkRegistry;
import com.creatorplatform.tracking.orders.ConversionDesk;
import com.creatorplatform.tracking.orders.OrderMapping;
import com.creatorplatform.tracking.orders.SetAsideEvents;
import com.creatorplatform.tracking.reports.Dimension;
import com.creatorplatform.tracking.reports.ReportMapping;
import com.creatorplatform.tracking.reports.Reports;
import com.creatorplatform.tracking.wire.ProtoValues;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Thin adapter: parse the request, call a use case, map the answer; failures become gRPC statuses.
 */
@GrpcService
public class TrackingGrpcService implements TrackingService {

    private final LinkRegistry links;
    private final ConversionDesk conversions;
    private final Reports reports;
    private final SetAsideEvents setAside;
    private final Clock clock;
    private final BrandSettings brands;

    TrackingGrpcService(
            LinkRegistry links,
            ConversionDesk conversions,
            Reports reports,
            SetAsideEvents setAside,
            Clock clock,
            BrandSettings brands) {
        this.brands = brands;
        this.links = links;
        this.conversions = conversions;
        this.reports = reports;
        this.setAside = setAside;
        this.clock = clock;
    }

    @Override
    public Uni<DiscountCode> createDiscountCode(CreateDiscountCodeRequest request) {
        return GrpcCalls.run(
                () ->
                        links.createCode(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getCode(),
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("campaign_id", request.getCampaignId()))
                                .map(LinkMapping::toProto));
    }

    @Override
    public Uni<Order> recordConversion(RecordConversionRequest request) {
        return GrpcCalls.run(
                () ->
                        conversions
                                .record(OrderMapping.toReport(request), request.getCompleted())
                                .map(OrderMapping::toProto));
    }

    @Override
    public Uni<Order> updateOrderStatus(UpdateOrderStatusRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    Instant at =
                            request.hasAt() ? WireTypes.instant(request.getAt()) : clock.instant();
                    var changed =
                            switch (request.getStatus()) {
                                case ORDER_STATUS_COMPLETED ->
                                        conversions.complete(brandId, request.getOrderId(), at);
                                case ORDER_STATUS_CANCELLED ->
                                        conversions.cancel(brandId, request.getOrderId(), at);
                                default ->
                                        throw ApiError.invalidArgument(
                                                "status must be COMPLETED or CANCELLED, got "
                                                        + request.getStatus());
                            };
                    return changed.map(OrderMapping::toProto);
                });
    }

    @Override
    public Uni<Order> recordRefund(RecordRefundRequest request) {
        return GrpcCalls.run(
                () ->
                        conversions
                                .refund(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getOrderId(),
                                        request.getRefundId(),
                                        request.getAmount().getAmountMinor(),
                                        request.getAmount().getCurrency(),
                                        request.hasRefundedAt()
                                                ? WireTypes.instant(request.getRefundedAt())
                                                : clock.instant())
                                .map(OrderMapping::toProto));
    }

    @Override
    public Uni<BatchGetOrdersResponse> batchGetOrders(BatchGetOrdersRequest request) {
        return GrpcCalls.run(
                () -> {
                    if (request.getOrderIdsCount() > Ids.MAX_BATCH) {
                        throw ApiError.invalidArgument(
                                "order_ids takes at most "
                                        + Ids.MAX_BATCH
                                        + " ids, got "
                                        + request.getOrderIdsCount());
                    }
                    return conversions
                            .byOrderIds(
                                    Ids.parse("brand_id", request.getBrandId()),
                                    request.getOrderIdsList())
                            .map(
                                    views ->
                                            BatchGetOrdersResponse.newBuilder()
                                                    .addAllOrders(
                                                            views.stream()
                                                                    .map(OrderMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<TrackingLink> createTrackingLink(CreateTrackingLinkRequest request) {
        return GrpcCalls.run(
                () -> links.create(LinkMapping.toNewLink(request)).map(LinkMapping::toProto));
    }

    @Override
    public Uni<BatchGetTrackingLinksResponse> batchGetTrackingLinks(
            BatchGetTrackingLinksRequest request) {
        return GrpcCalls.run(
                () ->
                        links.byIds(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parseBatch("ids", request.getIdsList()))
                                .map(
                                        found ->
                                                BatchGetTrackingLinksResponse.newBuilder()
                                                        .addAllLinks(
                                                                found.stream()
                                                                        .map(LinkMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<GetReportResponse> getReport(GetReportRequest request) {
        return GrpcCalls.run(
                () ->
                        inBrandZone(ReportMapping.toFilter(request.getFilter()))
                                .flatMap(
                                        filter ->
                                                reports.report(
                                                        filter,
                                                        ReportMapping.toDimensions(
                                                                request.getGroupByList())))
                                .map(
                                        rows ->
                                                GetReportResponse.newBuilder()
                                                        .addAllRows(
                                                                rows.stream()
                                                                        .map(ReportMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<ListTransactionDetailsResponse> listTransactionDetails(
            ListTransactionDetailsRequest request) {
        return GrpcCalls.run(
                () ->
                        inBrandZone(ReportMapping.toFilter(request.getFilter()))
                                .flatMap(
                                        filter ->
                                                conversions.transactions(
                                                        filter,
                                                        PageCursor.decode(
                                                                request.getPage().getCursor()),
                                                        PageCursor.pageSize(
                                                                request.getPage().getPageSize())))
                                .map(
                                        page ->
                                                ListTransactionDetailsResponse.newBuilder()
                                                        .addAllOrders(
                                                                page.items().stream()
                                                                        .map(OrderMapping::toProto)
                                                                        .toList())
                                                        .setPage(ProtoValues.pageInfo(page))
                                                        .build()));
    }

    @Override
    public Uni<ListCreatorLinksResponse> listCreatorLinks(ListCreatorRecordsRequest request) {
        return GrpcCalls.run(
                () ->
                        links.ofCreator(LinkMapping.toListing(request))
                                .map(LinkMapping::toLinksPage));
    }

    @Override
    public Uni<ListCreatorDiscountCodesResponse> listCreatorDiscountCodes(
            ListCreatorRecordsRequest request) {
        return GrpcCalls.run(
                () ->
                        links.codesOfCreator(LinkMapping.toListing(request))
                                .map(LinkMapping::toCodesPage));
    }

    @Override
    public Uni<BatchGetPerformanceResponse> batchGetCreatorPerformance(
            BatchGetCreatorPerformanceRequest request) {
        return GrpcCalls.run(
                () ->
                        inBrandZone(ReportMapping.toFilter(request))
                                .flatMap(filter -> reports.performance(filter, Dimension.CREATOR))
                                .map(TrackingGrpcService::performances));
    }

    @Override
    public Uni<BatchGetPerformanceResponse> batchGetPostPerformance(
            BatchGetPostPerformanceRequest request) {
        return GrpcCalls.run(
                () ->
                        inBrandZone(ReportMapping.toFilter(request))
                                .flatMap(filter -> reports.performance(filter, Dimension.POST))
                                .map(TrackingGrpcService::performances));
    }

    /** The filter's days as days of the brand's time zone (ADR 0066). */
    private Uni<com.creatorplatform.tracking.reports.ReportFilter> inBrandZone(
            com.creatorplatform.tracking.reports.ReportFilter filter) {
        return brands.zone(filter.brandId()).map(filter::inZone);
    }

    private static BatchGetPerformanceResponse performances(List<Reports.Performance> found) {
        return BatchGetPerformanceResponse.newBuilder()
                .addAllPerformances(found.stream().map(ReportMapping::toProto).toList())
                .build();
    }

    @Override
    public Uni<ListSetAsideOrderEventsResponse> listSetAsideOrderEvents(
            ListSetAsideOrderEventsRequest request) {
        return GrpcCalls.run(
                () ->
                        setAside.list(
                                        Ids.parseOptional("brand_id", request.getBrandId()),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(
                                        listing ->
                                                ListSetAsideOrderEventsResponse.newBuilder()
                                                        .addAllEvents(
                                                                listing.events().stream()
                                                                        .map(
                                                                                e ->
                                                                                        SetAsideOrderEvent
                                                                                                .newBuilder()
                                                                                                .setEvent(
                                                                                                        e
                                                                                                                .event())
                                                                                                .setRefusal(
                                                                                                        e
                                                                                                                .refusal())
                                                                                                .setRefusedAt(
                                                                                                        WireTypes
                                                                                                                .timestamp(
                                                                                                                        e
                                                                                                                                .refusedAt()))
                                                                                                .build())
                                                                        .toList())
                                                        .setPage(
                                                                PageInfo.newBuilder()
                                                                        .setNextCursor(
                                                                                listing
                                                                                        .nextCursor()))
                                                        .build()));
    }

    @Override
    public Uni<ReplaySetAsideOrderEventsResponse> replaySetAsideOrderEvents(
            ReplaySetAsideOrderEventsRequest request) {
        return GrpcCalls.run(
                () ->
                        setAside.replay(
                                        Ids.parseOptional("brand_id", request.getBrandId()),
                                        request.getEventIdsList())
                                .map(
                                        replayed ->
                                                ReplaySetAsideOrderEventsResponse.newBuilder()
                                                        .addAllReplayedEventIds(replayed)
                                                        .build()));
    }
}
