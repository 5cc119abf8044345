package com.creatorplatform.payout.grpc;

import static com.creatorplatform.payout.grpc.OrderEventFixtures.batch;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.day;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.eur;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.payout.v1.ApprovePayoutRunRequest;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.Earnings;
import com.creatorplatform.proto.payout.v1.ExportPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsRequest;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsRequest;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunFailedRequest;
import com.creatorplatform.proto.payout.v1.MarkPayoutRunPaidRequest;
import com.creatorplatform.proto.payout.v1.PayoutRun;
import com.creatorplatform.proto.payout.v1.PayoutRunStatus;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.Statement;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payout runs through a real gRPC client; what is paid is checked in the ledger and statement
 * tables.
 */
@QuarkusTest
class PayoutRunsGrpcTest {

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    @Inject PgPool db;

    private final OrderEventFixtures orders = new OrderEventFixtures();

    /** The brand's creators in the order a run writes their statements. */
    private List<String> creators;

    /**
     * March: creators earn 100.00, 50.00 and 3.00 (under the 10.00 minimum); payable from 15 March.
     */
    @BeforeEach
    void marchEarnings() {
        orders.holdDays = 5;
        creators = orders.creators.stream().sorted().toList();
        client.applyOrderEvents(
                batch(
                        orders.completed(
                                orders.creators.indexOf(creators.get(0)), "o1", 100_000, day(0)),
                        orders.completed(
                                orders.creators.indexOf(creators.get(1)), "o2", 50_000, day(0)),
                        orders.completed(
                                orders.creators.indexOf(creators.get(2)), "o3", 3_000, day(0))));
    }

    private PayoutRun startOnly(String period) {
        return client.startPayoutRun(
                StartPayoutRunRequest.newBuilder()
                        .setBrandId(orders.brand)
                        .setPeriod(period)
                        .setMinimumPayout(eur(1_000))
                        .build());
    }

    /** Starts the run, watches it to the end of its computation, and returns it computed. */
    private PayoutRun start(String period) {
        return RunWatching.computed(client, orders.brand, startOnly(period));
    }

    private PayoutRun approve(PayoutRun run) {
        return client.approvePayoutRun(
                ApprovePayoutRunRequest.newBuilder()
                        .setBrandId(orders.brand)
                        .setRunId(run.getId())
                        .setActor("admin@brand.example")
                        .build());
    }

    private PayoutRun markPaid(PayoutRun run) {
        return client.markPayoutRunPaid(
                MarkPayoutRunPaidRequest.newBuilder()
                        .setBrandId(orders.brand)
                        .setRunId(run.getId())
                        .setActor("finance@brand.example")
                        .build());
    }

    private long count(String sql) {
        return db.preparedQuery(sql)
                .execute(Tuple.of(UUID.fromString(orders.brand)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    private void sql(String sql) {
        db.query(sql).execute().await().indefinitely();
    }

    private static List<String> totals(PayoutRun run) {
        return run.getStatementsList().stream()
                .map(
                        s ->
                                s.getTotal().getAmountMinor()
                                        + (s.getCarriedForward() ? " carried forward" : ""))
                .toList();
    }

    private Earnings earnings(int creator) {
        return client.batchGetBalances(
                        BatchGetBalancesRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .addCreatorIds(creators.get(creator))
                                .build())
                .getBalances(0)
                .getEarnings(0);
    }

    @Test
    void aRunStartsComputingAndReturnsAtOnceThenReportsItsProgressUntilItIsADraft() {
        var started = startOnly("2026-03");

        var states = RunWatching.states(client, orders.brand, started.getId());
        var computed = RunWatching.computed(client, orders.brand, started);

        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_COMPUTING, started.getStatus());
        assertEquals(0, started.getStatementsCount());
        var last = states.get(states.size() - 1);
        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_DRAFT, last.getStatus());
        assertEquals(3, last.getProgress().getCreatorsDone());
        assertEquals(3, last.getProgress().getCreatorsTotal());
        var done = states.stream().map(r -> r.getProgress().getCreatorsDone()).toList();
        assertEquals(done.stream().sorted().toList(), done, "progress never goes back: " + done);
        assertEquals(List.of("10000", "5000", "300 carried forward"), totals(computed));
        assertEquals(computed, startOnly("2026-03"), "started again, the run is returned");
    }

    @Test
    void
            aRunInterruptedMidwayKeepsItsChunksAndResumesWritingEachStatementOnceAndPayingNoLineTwice() {
        // Tests write two entries a chunk: the first chunk pays creators 0 and 1, the second fails.
        sql(
                """
                create function crash_on_third_statement() returns trigger language plpgsql as $$
                begin
                  if new.creator_id = '%s' then raise exception 'injected crash'; end if;
                  return new;
                end $$;
                create trigger crash_midway before insert on statement for each row execute function crash_on_third_statement();
                """
                        .formatted(creators.get(2)));
        PayoutRun stopped;
        try {
            var started = startOnly("2026-03");
            stopped =
                    await().atMost(Duration.ofSeconds(20))
                            .until(
                                    () -> RunWatching.get(client, orders.brand, started.getId()),
                                    run -> run.getProgress().getCreatorsDone() == 2);
            assertEquals(2, count("select count(*) from statement where brand_id = $1"));
        } finally {
            sql(
                    "drop trigger crash_midway on statement; drop function crash_on_third_statement();");
        }

        var resumed = RunWatching.computed(client, orders.brand, stopped);
        var again = start("2026-03");

        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_COMPUTING, stopped.getStatus());
        assertEquals(List.of("10000", "5000"), totals(stopped));
        assertEquals(List.of("10000", "5000", "300 carried forward"), totals(resumed));
        assertEquals(resumed, again);
        assertEquals(
                2,
                count(
                        "select count(*) from statement_line l join statement s on s.id = l.statement_id where s.brand_id = $1"));

        var paid = markPaid(approve(resumed));
        assertThrows(StatusRuntimeException.class, () -> markPaid(paid));
        assertEquals(
                1,
                count(
                        "select count(*) from "
                                + WebhookOutboxRows.EVENTS
                                + " where brand_id = $1 and type = 'payout_run.approved'"));
        assertEquals(
                1,
                count(
                        "select count(*) from "
                                + WebhookOutboxRows.EVENTS
                                + " where brand_id = $1 and type = 'payout_run.paid'"
                                + " and data_json::jsonb -> 'totals' = '[{\"amountMinor\": 15000, \"currency\": \"EUR\"}]'"
                                + " and (data_json::jsonb ->> 'creators')::int = 2"));

        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_PAID, paid.getStatus());
        assertEquals(
                -15_000,
                count(
                        "select sum(amount_minor) from ledger_entry where brand_id = $1 and kind = 'PAYOUT'"));
        assertEquals(
                2,
                count("select count(*) from ledger_entry where brand_id = $1 and kind = 'PAYOUT'"));
        assertEquals(eur(10_000), earnings(0).getPaid());
        assertEquals(eur(0), earnings(0).getPayable());
        assertEquals(eur(300), earnings(2).getPayable());
    }

    @Test
    void aRefundAfterThePayoutIsCarriedAsANegativeBalanceIntoTheNextStatement() {
        markPaid(approve(start("2026-03")));
        int first = orders.creators.indexOf(creators.get(0));
        client.applyOrderEvents(
                batch(
                        orders.refunded(first, "o1", 100_000, "late", 60_000, day(25)),
                        orders.completed(first, "o4", 20_000, day(26))));

        var april = start("2026-04");
        Statement statement = april.getStatementsList().get(0);

        assertEquals(-4_000, statement.getTotal().getAmountMinor());
        assertEquals(-6_000, statement.getCarried().getAmountMinor());
        assertEquals(true, statement.getCarriedForward());
        assertEquals(eur(-4_000), earnings(0).getPayable());
    }

    @Test
    void aCreatorSeesEachStatementNewestFirstWithTheEntriesItPaysTracedToTheirOrders() {
        markPaid(approve(start("2026-03")));
        int first = orders.creators.indexOf(creators.get(0));
        client.applyOrderEvents(batch(orders.completed(first, "o4", 20_000, day(26))));
        start("2026-04");

        var newest =
                client.listCreatorStatements(
                        ListCreatorStatementsRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .setCreatorId(creators.get(0))
                                .setPage(PageRequest.newBuilder().setPageSize(1))
                                .build());
        var older =
                client.listCreatorStatements(
                        ListCreatorStatementsRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .setCreatorId(creators.get(0))
                                .setPage(
                                        PageRequest.newBuilder()
                                                .setPageSize(1)
                                                .setCursor(newest.getPageInfo().getNextCursor()))
                                .build());

        assertEquals(List.of("2000: ACCRUAL 2000 order o4"), describe(newest.getStatementsList()));
        assertEquals(List.of("10000: ACCRUAL 10000 order o1"), describe(older.getStatementsList()));
        assertEquals("", older.getPageInfo().getNextCursor());
    }

    private static List<String> describe(List<Statement> statements) {
        return statements.stream()
                .map(
                        s ->
                                s.getTotal().getAmountMinor()
                                        + ": "
                                        + String.join(
                                                ", ",
                                                s.getLinesList().stream()
                                                        .map(
                                                                l ->
                                                                        l.getKind()
                                                                                        .name()
                                                                                        .replace(
                                                                                                "LEDGER_ENTRY_KIND_",
                                                                                                "")
                                                                                + " "
                                                                                + l.getAmount()
                                                                                        .getAmountMinor()
                                                                                + " order "
                                                                                + l.getOrderId())
                                                        .toList()))
                .toList();
    }

    @Test
    void theExportListsTheApprovedStatementsLineByLine() {
        var draft = start("2026-03");
        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                client.exportPayoutRun(
                                        ExportPayoutRunRequest.newBuilder()
                                                .setBrandId(orders.brand)
                                                .setRunId(draft.getId())
                                                .build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());

        var approved = approve(draft);
        var csv =
                client.exportPayoutRun(
                                ExportPayoutRunRequest.newBuilder()
                                        .setBrandId(orders.brand)
                                        .setRunId(approved.getId())
                                        .build())
                        .getCsv();

        assertEquals(
                List.of(
                        "creator_id,amount,currency,statement_id",
                        creators.get(0) + ",100.00,EUR," + approved.getStatements(0).getId(),
                        creators.get(1) + ",50.00,EUR," + approved.getStatements(1).getId()),
                List.of(csv.split("\r\n")));
    }

    @Test
    void aFailedPaymentPaysNothingAndReleasesItsLinesToTheNextRun() {
        var march = approve(start("2026-03"));
        var failed =
                client.markPayoutRunFailed(
                        MarkPayoutRunFailedRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .setRunId(march.getId())
                                .setActor("finance@brand.example")
                                .setReason("bank refused the batch")
                                .build());

        var april = start("2026-04");

        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_FAILED, failed.getStatus());
        assertEquals("bank refused the batch", failed.getFailureReason());
        assertEquals(
                0,
                count("select count(*) from ledger_entry where brand_id = $1 and kind = 'PAYOUT'"));
        assertEquals(List.of("10000", "5000", "300 carried forward"), totals(april));
        assertEquals(
                List.of(10_000L, 5_000L, 300L),
                april.getStatementsList().stream()
                        .map(s -> s.getCarried().getAmountMinor())
                        .toList());
    }

    @Test
    void theBrandListsItsRunsNewestFirstWithTheirStatementsPageByPage() {
        var march = approve(start("2026-03"));
        var april = start("2026-04");

        var first =
                client.listPayoutRuns(
                        ListPayoutRunsRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .setPage(PageRequest.newBuilder().setPageSize(1))
                                .build());
        var second =
                client.listPayoutRuns(
                        ListPayoutRunsRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .setPage(
                                        PageRequest.newBuilder()
                                                .setPageSize(1)
                                                .setCursor(first.getPageInfo().getNextCursor()))
                                .build());

        assertEquals(
                List.of(april.getId()),
                first.getRunsList().stream().map(PayoutRun::getId).toList());
        assertEquals(
                List.of(march.getId()),
                second.getRunsList().stream().map(PayoutRun::getId).toList());
        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_APPROVED, second.getRuns(0).getStatus());
        assertEquals(List.of("10000", "5000", "300 carried forward"), totals(second.getRuns(0)));
        assertEquals("", second.getPageInfo().getNextCursor());
        assertEquals(
                0,
                client.listPayoutRuns(
                                ListPayoutRunsRequest.newBuilder()
                                        .setBrandId(UUID.randomUUID().toString())
                                        .build())
                        .getRunsCount(),
                "another brand has none of them");
    }
}
