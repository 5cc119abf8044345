package com.creatorplatform.payout.grpc;

import com.creatorplatform.proto.payout.v1.BatchGetPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.PayoutRun;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.WatchPayoutRunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A payout run watched through WatchPayoutRun, as the gateway watches it for a brand. */
public final class RunWatching {

    private RunWatching() {}

    /** Every state the watch sends, up to the first that is no longer COMPUTING. */
    public static List<PayoutRun> states(
            PayoutServiceBlockingStub client, String brand, String runId) {
        var states = new ArrayList<PayoutRun>();
        client.withDeadlineAfter(60, TimeUnit.SECONDS)
                .watchPayoutRun(
                        WatchPayoutRunRequest.newBuilder()
                                .setBrandId(brand)
                                .setRunId(runId)
                                .build())
                .forEachRemaining(states::add);
        return states;
    }

    /** The run, once computed, with its statements. */
    public static PayoutRun computed(
            PayoutServiceBlockingStub client, String brand, PayoutRun started) {
        states(client, brand, started.getId());
        return get(client, brand, started.getId());
    }

    public static PayoutRun get(PayoutServiceBlockingStub client, String brand, String runId) {
        return client.batchGetPayoutRuns(
                        BatchGetPayoutRunsRequest.newBuilder()
                                .setBrandId(brand)
                                .addRunIds(runId)
                                .build())
                .getRuns(0);
    }
}
