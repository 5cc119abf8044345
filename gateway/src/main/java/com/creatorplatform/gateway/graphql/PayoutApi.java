package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.schema.CreatorBalance;
import com.creatorplatform.gateway.schema.Inputs.RecordAdjustmentInput;
import com.creatorplatform.gateway.schema.Inputs.RecordAdjustmentPayload;
import com.creatorplatform.gateway.schema.LedgerEntry;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Creator balances and manual ledger adjustments, answered by payout-service. */
@GraphQLApi
public class PayoutApi {

    private final Caller caller;
    private final PayoutClient payouts;

    PayoutApi(Caller caller, PayoutClient payouts) {
        this.caller = caller;
        this.payouts = payouts;
    }

    @Query
    @Description(
            "Balances of the caller's brand's creators, one per creator asked, in the order asked.")
    public Uni<@NonNull List<@NonNull CreatorBalance>> creatorBalances(
            @NonNull List<@NonNull String> creatorIds) {
        return payouts.balances(caller.brandToRead(), creatorIds)
                .map(balances -> balances.stream().map(CreatorBalance::from).toList());
    }

    @Mutation
    @Description(
            "Credits (positive) or debits (negative) a creator by hand, with a reason. Brand admins only; "
                    + "repeating it with the same idempotencyKey records nothing new.")
    public Uni<@NonNull RecordAdjustmentPayload> recordAdjustment(
            @NonNull RecordAdjustmentInput input) {
        return payouts.recordAdjustment(
                        RecordAdjustmentRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setCreatorId(input.creatorId())
                                .setAmount(input.amount().toProto())
                                .setReason(input.reason())
                                .setActor(caller.name())
                                .setIdempotencyKey(input.idempotencyKey())
                                .build())
                .map(entry -> new RecordAdjustmentPayload(LedgerEntry.from(entry)));
    }
}
