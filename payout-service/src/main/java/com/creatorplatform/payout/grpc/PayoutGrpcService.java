package com.creatorplatform.payout.grpc;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.payout.domain.PayoutRunStatus;
import com.creatorplatform.payout.live.LedgerWatch;
import com.creatorplatform.payout.live.PayoutRunWatch;
import com.creatorplatform.payout.mapping.PayoutMapping;
import com.creatorplatform.payout.repository.LedgerRepository;
import com.creatorplatform.payout.service.CommissionLedger;
import com.creatorplatform.payout.service.OrderEventApplier;
import com.creatorplatform.payout.service.PayoutRuns;
import com.creatorplatform.proto.common.v1.PageInfo;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsResponse;
import com.creatorplatform.proto.payout.v1.ApprovePayoutRunRequest;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesResponse;
import com.creatorplatform.proto.payout.v1.BatchGetCampaignBudgetsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCampaignBudgetsResponse;
import com.creatorplatform.proto.payout.v1.BatchGetCommissionsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCommissionsResponse;
import com.creatorplatform.proto.payout.v1.BatchGetOrderCommissionsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetOrderCommissionsResponse;
import com.creatorplatform.proto.payout.v1.BatchGetPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetPayoutRunsResponse;
import com.creatorplatform.proto.payout.v1.EarningsChange;
import com.creatorplatform.proto.payout.v1.ExportPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.ExportPayoutRunResponse;
import com.creatorplatform.proto.payout.v1.LedgerEntry;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsRequest;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsResponse;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesRequest;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesResponse;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsResponse;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunFailedRequest;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunPaidRequest;
import com.creatorplatform.proto.payout.v1.PayoutRun;
import com.creatorplatform.proto.payout.v1.PayoutService;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.WatchCreatorEarningsRequest;
import com.creatorplatform.proto.payout.v1.WatchPayoutRunRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/**
 * Thin adapter: parse the request, call a use case, map the answer; failures become gRPC statuses.
 */
@GrpcService
public class PayoutGrpcService implements PayoutService {

    private final CommissionLedger ledger;
    private final OrderEventApplier orderEvents;
    private final PayoutRuns runs;
    private final LedgerWatch watch;
    private final PayoutRunWatch runWatch;

    PayoutGrpcService(
            CommissionLedger ledger,
            OrderEventApplier orderEvents,
            PayoutRuns runs,
            LedgerWatch watch,
            PayoutRunWatch runWatch) {
        this.ledger = ledger;
        this.watch = watch;
        this.orderEvents = orderEvents;
        this.runs = runs;
        this.runWatch = runWatch;
    }

    @Override
    public Uni<LedgerEntry> recordAdjustment(RecordAdjustmentRequest request) {
        return GrpcCalls.run(
                () ->
                        ledger.recordAdjustment(PayoutMapping.toAdjustment(request))
                                .map(PayoutMapping::toProto));
    }

    @Override
    public Uni<ApplyOrderEventsResponse> applyOrderEvents(ApplyOrderEventsRequest request) {
        return GrpcCalls.run(
                () ->
                        orderEvents
                                .apply(PayoutMapping.toIncoming(request))
                                .map(
                                        applied ->
                                                ApplyOrderEventsResponse.newBuilder()
                                                        .addAllNewlyAppliedEventIds(applied)
                                                        .build()));
    }

    @Override
    public Uni<BatchGetBalancesResponse> batchGetBalances(BatchGetBalancesRequest request) {
        return GrpcCalls.run(
                () ->
                        ledger.earnings(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parseBatch("creator_ids", request.getCreatorIdsList()))
                                .map(
                                        byCreator -> {
                                            var response = BatchGetBalancesResponse.newBuilder();
                                            byCreator.forEach(
                                                    (creator, balances) ->
                                                            response.addBalances(
                                                                    PayoutMapping.toProto(
                                                                            creator, balances)));
                                            return response.build();
                                        }));
    }

    @Override
    public Uni<BatchGetCampaignBudgetsResponse> batchGetCampaignBudgets(
            BatchGetCampaignBudgetsRequest request) {
        return GrpcCalls.run(
                () ->
                        ledger.campaignBudgets(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parseBatch(
                                                "campaign_ids", request.getCampaignIdsList()))
                                .map(
                                        byCampaign -> {
                                            var response =
                                                    BatchGetCampaignBudgetsResponse.newBuilder();
                                            byCampaign.forEach(
                                                    (campaign, rows) ->
                                                            response.addBudgets(
                                                                    PayoutMapping.toBudget(
                                                                            campaign, rows)));
                                            return response.build();
                                        }));
    }

    @Override
    public Multi<EarningsChange> watchCreatorEarnings(WatchCreatorEarningsRequest request) {
        return GrpcCalls.stream(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    UUID creatorId = Ids.parse("creator_id", request.getCreatorId());
                    return watch.of(
                                    brandId,
                                    creatorId,
                                    appended ->
                                            ledger.change(brandId, creatorId, appended.entryId()))
                            .map(
                                    change ->
                                            EarningsChange.newBuilder()
                                                    .setEntry(PayoutMapping.toProto(change.entry()))
                                                    .setBalance(
                                                            PayoutMapping.toProto(
                                                                    creatorId, change.earnings()))
                                                    .build());
                });
    }

    @Override
    public Uni<BatchGetCommissionsResponse> batchGetCommissions(
            BatchGetCommissionsRequest request) {
        return GrpcCalls.run(
                () -> {
                    var from = WireTypes.optionalDate("dates.from", request.getDates().getFrom());
                    var to = WireTypes.optionalDate("dates.to", request.getDates().getTo());
                    if (from == null || to == null) {
                        throw ApiError.invalidArgument("dates.from and dates.to are required");
                    }
                    return ledger.commissions(
                                    Ids.parse("brand_id", request.getBrandId()),
                                    PayoutMapping.campaigns(request),
                                    Ids.parseBatch("creator_ids", request.getCreatorIdsList()),
                                    from,
                                    to,
                                    request.getPerPost())
                            .map(
                                    rows ->
                                            BatchGetCommissionsResponse.newBuilder()
                                                    .addAllCommissions(
                                                            rows.stream()
                                                                    .map(PayoutMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<PayoutRun> startPayoutRun(StartPayoutRunRequest request) {
        return GrpcCalls.run(
                () -> {
                    if (!request.hasMinimumPayout()) {
                        throw ApiError.invalidArgument("minimum_payout is required");
                    }
                    return runs.start(
                                    Ids.parse("brand_id", request.getBrandId()),
                                    PayoutMapping.period(request.getPeriod()),
                                    request.getMinimumPayout().getAmountMinor(),
                                    WireTypes.currency(
                                            "minimum_payout.currency",
                                            request.getMinimumPayout().getCurrency()))
                            .map(PayoutMapping::toProto);
                });
    }

    @Override
    public Uni<BatchGetPayoutRunsResponse> batchGetPayoutRuns(BatchGetPayoutRunsRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.brandRunsById(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parseBatch("run_ids", request.getRunIdsList()))
                                .map(
                                        found ->
                                                BatchGetPayoutRunsResponse.newBuilder()
                                                        .addAllRuns(
                                                                found.stream()
                                                                        .map(PayoutMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Multi<PayoutRun> watchPayoutRun(WatchPayoutRunRequest request) {
        return GrpcCalls.stream(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    UUID runId = Ids.parse("run_id", request.getRunId());
                    return runs.progress(brandId, runId)
                            .onItem()
                            .transformToMulti(
                                    found ->
                                            runWatch.of(
                                                    brandId,
                                                    runId,
                                                    () -> runs.progress(brandId, runId),
                                                    view ->
                                                            view.run().status
                                                                    != PayoutRunStatus.COMPUTING))
                            .map(PayoutMapping::toProto);
                });
    }

    @Override
    public Uni<ListCreatorStatementsResponse> listCreatorStatements(
            ListCreatorStatementsRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.creatorStatements(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(
                                        page ->
                                                ListCreatorStatementsResponse.newBuilder()
                                                        .addAllStatements(
                                                                page.items().stream()
                                                                        .map(
                                                                                v ->
                                                                                        PayoutMapping
                                                                                                .toProto(
                                                                                                        v
                                                                                                                .statement(),
                                                                                                        v
                                                                                                                .lines()))
                                                                        .toList())
                                                        .setPageInfo(
                                                                PageInfo.newBuilder()
                                                                        .setNextCursor(
                                                                                page.nextCursor()
                                                                                                == null
                                                                                        ? ""
                                                                                        : page
                                                                                                .nextCursor()))
                                                        .build()));
    }

    @Override
    public Uni<ListPayoutRunsResponse> listPayoutRuns(ListPayoutRunsRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.brandRuns(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(
                                        page ->
                                                ListPayoutRunsResponse.newBuilder()
                                                        .addAllRuns(
                                                                page.items().stream()
                                                                        .map(PayoutMapping::toProto)
                                                                        .toList())
                                                        .setPageInfo(
                                                                PageInfo.newBuilder()
                                                                        .setNextCursor(
                                                                                page.nextCursor()
                                                                                                == null
                                                                                        ? ""
                                                                                        : page
                                                                                                .nextCursor()))
                                                        .build()));
    }

    @Override
    public Uni<PayoutRun> approvePayoutRun(ApprovePayoutRunRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.approve(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("run_id", request.getRunId()),
                                        request.getActor())
                                .map(PayoutMapping::toProto));
    }

    @Override
    public Uni<PayoutRun> markPayoutRunPaid(MarkPayoutRunPaidRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.markPaid(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("run_id", request.getRunId()),
                                        request.getActor())
                                .map(PayoutMapping::toProto));
    }

    @Override
    public Uni<PayoutRun> markPayoutRunFailed(MarkPayoutRunFailedRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.markFailed(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("run_id", request.getRunId()),
                                        request.getActor(),
                                        request.getReason())
                                .map(PayoutMapping::toProto));
    }

    @Override
    public Uni<ExportPayoutRunResponse> exportPayoutRun(ExportPayoutRunRequest request) {
        return GrpcCalls.run(
                () ->
                        runs.export(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("run_id", request.getRunId()))
                                .map(
                                        csv ->
                                                ExportPayoutRunResponse.newBuilder()
                                                        .setCsv(csv)
                                                        .build()));
    }

    @Override
    public Uni<ListLedgerEntriesResponse> listLedgerEntries(ListLedgerEntriesRequest request) {
        return GrpcCalls.run(
                () ->
                        ledger.entries(
                                        PayoutMapping.toFilter(request),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(
                                        found ->
                                                ListLedgerEntriesResponse.newBuilder()
                                                        .addAllEntries(
                                                                found.page().items().stream()
                                                                        .map(PayoutMapping::toProto)
                                                                        .toList())
                                                        .setPageInfo(
                                                                PageInfo.newBuilder()
                                                                        .setNextCursor(
                                                                                Objects
                                                                                        .requireNonNullElse(
                                                                                                found.page()
                                                                                                        .nextCursor(),
                                                                                                "")))
                                                        .addAllTotals(
                                                                found.totals().stream()
                                                                        .map(PayoutMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<BatchGetOrderCommissionsResponse> batchGetOrderCommissions(
            BatchGetOrderCommissionsRequest request) {
        return GrpcCalls.run(
                () ->
                        ledger.orderCommissions(
                                        new LedgerRepository.Filter(
                                                Ids.parse("brand_id", request.getBrandId()),
                                                null,
                                                Ids.parseOptional(
                                                        "creator_id", request.getCreatorId())),
                                        request.getOrderIdsList())
                                .map(
                                        found ->
                                                BatchGetOrderCommissionsResponse.newBuilder()
                                                        .addAllCommissions(
                                                                found.stream()
                                                                        .map(PayoutMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }
}
