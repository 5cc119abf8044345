package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.PayoutTypes.FailPayoutRunInput;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRun;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRunConnection;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRunExport;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRunInput;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRunPayload;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRunState;
import com.creatorplatform.gateway.schema.PayoutTypes.StartPayoutRunInput;
import com.creatorplatform.gateway.schema.PayoutTypes.Statement;
import com.creatorplatform.gateway.schema.PayoutTypes.StatementConnection;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.payout.v1.ApprovePayoutRunRequest;
import com.creatorplatform.proto.payout.v1.ExportPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsRequest;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunFailedRequest;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunPaidRequest;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The brand's side of payouts: runs, their approval, payment or failure, the export, a creator's
 * statements.
 */
@GraphQLApi
public class PayoutRunsApi {

    private final Caller caller;
    private final CampaignClient campaigns;
    private final PayoutClient payouts;

    PayoutRunsApi(Caller caller, CampaignClient campaigns, PayoutClient payouts) {
        this.caller = caller;
        this.campaigns = campaigns;
        this.payouts = payouts;
    }

    @Query
    @Description(
            "The brand's payout runs, newest first, with their statements. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull PayoutRunConnection> payoutRuns(
            @DefaultValue("20") int first, String after) {
        return payouts.payoutRuns(
                        ListPayoutRunsRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setPage(Pages.of(first, after))
                                .build())
                .map(
                        page ->
                                new PayoutRunConnection(
                                        page.getRunsList().stream().map(PayoutRun::from).toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    @Query
    @Description(
            "One of the brand's payout runs with its status, progress and statements; null when the brand has no "
                    + "such run.")
    public Uni<PayoutRun> payoutRun(@Id @NonNull String id) {
        return payouts.payoutRuns(caller.brandToRead(), List.of(id))
                .map(runs -> runs.isEmpty() ? null : PayoutRun.from(runs.get(0)));
    }

    @Subscription
    @Description(
            "A payout run's status and progress as it is computed: the run now, then each change once committed; "
                    + "ends after the first state that is no longer COMPUTING. Brand users; over WebSocket at "
                    + "/graphql (graphql-transport-ws or graphql-ws).")
    public Multi<PayoutRunState> payoutRunProgress(@Id @NonNull String runId) {
        String brandId = caller.brandToRead();
        // A subscription outlives its request: the token is read now, while the request is in
        // scope.
        return payouts.watchPayoutRun(caller.accessToken(), brandId, runId)
                .map(PayoutRunState::from);
    }

    @Query
    @Description(
            "A creator's statements with the brand, newest first, each line tracing to its order, post, bonus or "
                    + "adjustment. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull StatementConnection> creatorStatements(
            @Id @NonNull String creatorId, @DefaultValue("20") int first, String after) {
        return statements(payouts, caller.brandToRead(), creatorId, first, after);
    }

    @Query
    @Description(
            "An APPROVED or PAID run as CSV for the brand's payment provider. Brand admins only.")
    public Uni<@NonNull PayoutRunExport> payoutRunExport(@Id @NonNull String runId) {
        return payouts.exportPayoutRun(
                        ExportPayoutRunRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setRunId(runId)
                                .build())
                .map(
                        csv ->
                                new PayoutRunExport(
                                        runId, "payout-run-" + runId + ".csv", "text/csv", csv));
    }

    @Mutation
    @Description(
            "Starts the brand's run for a month that has ended and returns it at once, COMPUTING: in the background "
                    + "it writes one statement per creator and currency (those under the brand's minimum payout carried "
                    + "forward), then becomes DRAFT; watch it with `payoutRun` or `payoutRunProgress`. Started again, "
                    + "the run is returned (and resumed if it stopped midway). Brand admins only.")
    public Uni<@NonNull PayoutRunPayload> startPayoutRun(@NonNull StartPayoutRunInput input) {
        String brandId = caller.brandToWrite();
        return campaigns
                .brands(List.of(brandId))
                .flatMap(
                        found -> {
                            if (found.isEmpty()) {
                                throw new ApiGraphQLError.NotFound(
                                        "brand " + brandId + " does not exist");
                            }
                            return payouts.startPayoutRun(
                                    StartPayoutRunRequest.newBuilder()
                                            .setBrandId(brandId)
                                            .setPeriod(input.period())
                                            .setMinimumPayout(found.get(0).getMinimumPayout())
                                            .build());
                        })
                .map(PayoutRunsApi::payload);
    }

    @Mutation
    @Description("DRAFT → APPROVED. Brand admins only.")
    public Uni<@NonNull PayoutRunPayload> approvePayoutRun(@NonNull PayoutRunInput input) {
        return payouts.approvePayoutRun(
                        ApprovePayoutRunRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setRunId(input.runId())
                                .setActor(caller.name())
                                .build())
                .map(PayoutRunsApi::payload);
    }

    @Mutation
    @Description(
            "APPROVED → PAID: records one PAYOUT entry per statement paid, never a second one. Brand admins only.")
    public Uni<@NonNull PayoutRunPayload> markPayoutRunPaid(@NonNull PayoutRunInput input) {
        return payouts.markPayoutRunPaid(
                        MarkPayoutRunPaidRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setRunId(input.runId())
                                .setActor(caller.name())
                                .build())
                .map(PayoutRunsApi::payload);
    }

    @Mutation
    @Description(
            "APPROVED → FAILED with a reason: nothing is paid and the run's lines go to the next run. Brand admins only.")
    public Uni<@NonNull PayoutRunPayload> markPayoutRunFailed(@NonNull FailPayoutRunInput input) {
        return payouts.markPayoutRunFailed(
                        MarkPayoutRunFailedRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setRunId(input.runId())
                                .setActor(caller.name())
                                .setReason(input.reason())
                                .build())
                .map(PayoutRunsApi::payload);
    }

    /** One page of a creator's statements with a brand; shared with the creator's own view. */
    static Uni<StatementConnection> statements(
            PayoutClient payouts, String brandId, String creatorId, int first, String after) {
        return payouts.creatorStatements(
                        ListCreatorStatementsRequest.newBuilder()
                                .setBrandId(brandId)
                                .setCreatorId(creatorId)
                                .setPage(Pages.of(first, after))
                                .build())
                .map(
                        page ->
                                new StatementConnection(
                                        page.getStatementsList().stream()
                                                .map(Statement::from)
                                                .toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    private static PayoutRunPayload payload(com.creatorplatform.proto.payout.v1.PayoutRun run) {
        return new PayoutRunPayload(PayoutRun.from(run));
    }
}
