package com.creatorplatform.gateway.client;

import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.payout.v1.ApprovePayoutRunRequest;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCampaignBudgetsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCommissionsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetOrderCommissionsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.CampaignBudget;
import com.creatorplatform.proto.payout.v1.Commission;
import com.creatorplatform.proto.payout.v1.CreatorBalance;
import com.creatorplatform.proto.payout.v1.EarningsChange;
import com.creatorplatform.proto.payout.v1.ExportPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.LedgerEntry;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsRequest;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsResponse;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesRequest;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesResponse;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsResponse;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunFailedRequest;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunPaidRequest;
import com.creatorplatform.proto.payout.v1.MutinyPayoutServiceGrpc.MutinyPayoutServiceStub;
import com.creatorplatform.proto.payout.v1.OrderCommission;
import com.creatorplatform.proto.payout.v1.PayoutRun;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.WatchCreatorEarningsRequest;
import com.creatorplatform.proto.payout.v1.WatchPayoutRunRequest;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gateway's one door to payout-service. */
@ApplicationScoped
public class PayoutClient {

    static final String SERVICE = "payout-service";

    private final MutinyPayoutServiceStub client;
    private final Caller caller;
    private final Duration deadline;

    PayoutClient(
            @GrpcClient("payout") MutinyPayoutServiceStub client,
            Caller caller,
            @ConfigProperty(name = "platform.grpc.deadline") Duration deadline) {
        this.client = client;
        this.caller = caller;
        this.deadline = deadline;
    }

    /** The same door for a caller held beyond the request (an export job). */
    public PayoutClient actingFor(Caller held) {
        return new PayoutClient(client, held, deadline);
    }

    /** The stub for one call: the caller's identity and a deadline counted from now. */
    private MutinyPayoutServiceStub stub() {
        return ServiceCall.stub(client, caller.accessToken(), deadline);
    }

    public Uni<List<CreatorBalance>> balances(String brandId, List<String> creatorIds) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetBalances(
                                        BatchGetBalancesRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllCreatorIds(creatorIds)
                                                .build())
                                .map(r -> r.getBalancesList()));
    }

    /**
     * Safe to retry from the client's side: the idempotency key makes a repeat record nothing new.
     */
    public Uni<LedgerEntry> recordAdjustment(RecordAdjustmentRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().recordAdjustment(request));
    }

    /**
     * Commission of a level of creators (per post if asked) in one campaign over a range of days:
     * one call.
     */
    /**
     * Commissions of a level: creators (or their posts) in any number of campaigns of one brand,
     * one call for all.
     */
    public Uni<List<Commission>> commissions(
            String brandId,
            List<String> campaignIds,
            List<String> creatorIds,
            DateRange dates,
            boolean perPost) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetCommissions(
                                        BatchGetCommissionsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllCampaignIds(campaignIds)
                                                .addAllCreatorIds(creatorIds)
                                                .setDates(dates)
                                                .setPerPost(perPost)
                                                .build())
                                .map(r -> r.getCommissionsList()));
    }

    public Uni<ListLedgerEntriesResponse> ledgerEntries(ListLedgerEntriesRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listLedgerEntries(request));
    }

    /** The commission of a level of orders: one call for all. */
    public Uni<List<OrderCommission>> orderCommissions(String brandId, List<String> orderIds) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetOrderCommissions(
                                        BatchGetOrderCommissionsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllOrderIds(orderIds)
                                                .build())
                                .map(r -> r.getCommissionsList()));
    }

    /** The budgets of a level of campaigns: one call for all. */
    public Uni<List<CampaignBudget>> campaignBudgets(String brandId, List<String> campaignIds) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetCampaignBudgets(
                                        BatchGetCampaignBudgetsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllCampaignIds(campaignIds)
                                                .build())
                                .map(r -> r.getBudgetsList()));
    }

    public Uni<ListPayoutRunsResponse> payoutRuns(ListPayoutRunsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listPayoutRuns(request));
    }

    public Uni<ListCreatorStatementsResponse> creatorStatements(
            ListCreatorStatementsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCreatorStatements(request));
    }

    /** The brand's runs among the ids, with their statements. */
    public Uni<List<PayoutRun>> payoutRuns(String brandId, List<String> runIds) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetPayoutRuns(
                                        BatchGetPayoutRunsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllRunIds(runIds)
                                                .build())
                                .map(r -> r.getRunsList()));
    }

    /**
     * A run as it is computed, until it no longer is, for a caller given explicitly (a subscription
     * outlives its request).
     */
    public Multi<PayoutRun> watchPayoutRun(String accessToken, String brandId, String runId) {
        return ServiceCall.stream(
                SERVICE,
                () ->
                        ServiceCall.as(client, accessToken)
                                .watchPayoutRun(
                                        WatchPayoutRunRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setRunId(runId)
                                                .build()));
    }

    /** Starting a run again returns it (and resumes it), so a retry by the client is safe. */
    public Uni<PayoutRun> startPayoutRun(StartPayoutRunRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().startPayoutRun(request));
    }

    public Uni<PayoutRun> approvePayoutRun(ApprovePayoutRunRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().approvePayoutRun(request));
    }

    public Uni<PayoutRun> markPayoutRunPaid(MarkPayoutRunPaidRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().markPayoutRunPaid(request));
    }

    public Uni<PayoutRun> markPayoutRunFailed(MarkPayoutRunFailedRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().markPayoutRunFailed(request));
    }

    public Uni<String> exportPayoutRun(ExportPayoutRunRequest request) {
        return ServiceCall.read(
                SERVICE, () -> stub().exportPayoutRun(request).map(r -> r.getCsv()));
    }

    /**
     * A creator's ledger changes as they are committed, for a caller given explicitly (a
     * subscription outlives its request).
     */
    public Multi<EarningsChange> watchEarnings(
            String accessToken, String brandId, String creatorId) {
        return ServiceCall.stream(
                SERVICE,
                () ->
                        ServiceCall.as(client, accessToken)
                                .watchCreatorEarnings(
                                        WatchCreatorEarningsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setCreatorId(creatorId)
                                                .build()));
    }
}
