package com.creatorplatform.payout.grpc;

import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.payout.mapping.PayoutMapping;
import com.creatorplatform.payout.service.CommissionLedger;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsResponse;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesResponse;
import com.creatorplatform.proto.payout.v1.LedgerEntry;
import com.creatorplatform.proto.payout.v1.PayoutService;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/** Thin adapter: parse the request, call a use case, map the answer; failures become gRPC statuses. */
@GrpcService
public class PayoutGrpcService implements PayoutService {

    private final CommissionLedger ledger;

    PayoutGrpcService(CommissionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Uni<LedgerEntry> recordAdjustment(RecordAdjustmentRequest request) {
        return GrpcCalls.run(() -> ledger.recordAdjustment(PayoutMapping.toAdjustment(request)).map(PayoutMapping::toProto));
    }

    @Override
    public Uni<ApplyOrderEventsResponse> applyOrderEvents(ApplyOrderEventsRequest request) {
        return Uni.createFrom().failure(Status.UNIMPLEMENTED.withDescription("order events arrive with the payouts issue").asRuntimeException());
    }

    @Override
    public Uni<BatchGetBalancesResponse> batchGetBalances(BatchGetBalancesRequest request) {
        return GrpcCalls.run(() -> ledger.balances(Ids.parse("brand_id", request.getBrandId()),
                        Ids.parseBatch("creator_ids", request.getCreatorIdsList()))
                .map(byCreator -> {
                    var response = BatchGetBalancesResponse.newBuilder();
                    byCreator.forEach((creator, balances) -> response.addBalances(PayoutMapping.toProto(creator, balances)));
                    return response.build();
                }));
    }
}
