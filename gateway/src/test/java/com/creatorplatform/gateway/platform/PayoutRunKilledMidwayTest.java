package com.creatorplatform.gateway.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.gateway.support.ServiceDatabases;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.PayoutRunStatus;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.WatchPayoutRunRequest;
import io.grpc.ManagedChannelBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A payout run whose service is killed (SIGKILL) in the middle of its computation: the chunks
 * committed before stay, the restarted service resumes the run on its own, and in the end every
 * creator has one statement, every entry one line, and the statements add up to the ledger.
 */
class PayoutRunKilledMidwayTest {

    private static final int HTTP_PORT = 18693;
    private static final int GRPC_PORT = 19693;
    private static final int CREATORS = 400;
    private static final int ENTRIES = 40_000;

    private final UUID brand = UUID.randomUUID();

    @Test
    void aRunKilledMidwayIsResumedWhenTheServiceStartsAgainAndPaysNothingTwice() throws Exception {
        try (Connection db = ServiceDatabases.open("payout")) {
            String runId;
            var payout = launch();
            try {
                fillLedger(db);
                runId = start();
                await("some chunks written, not all")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(10))
                        .until(() -> creatorsDone(db, runId) > 0);
            } finally {
                payout.kill();
            }
            long doneWhenKilled = creatorsDone(db, runId);
            assertTrue(
                    doneWhenKilled > 0 && doneWhenKilled < CREATORS,
                    "killed midway: " + doneWhenKilled);
            assertEquals(
                    "COMPUTING",
                    text(db, "select status from payout_run where id = ?::uuid", runId));

            try (var restarted = launch()) {
                var states = watch(runId);
                assertEquals(
                        PayoutRunStatus.PAYOUT_RUN_STATUS_DRAFT,
                        states.get(states.size() - 1).getStatus());
                assertEquals(
                        CREATORS, states.get(states.size() - 1).getProgress().getCreatorsDone());
            }

            assertEquals(
                    CREATORS + " " + ENTRIES + " " + ledgerSum(db),
                    text(
                            db,
                            """
                            select count(*) || ' ' || (select count(*) from statement_line l
                                                        join statement s2 on s2.id = l.statement_id
                                                        where s2.run_id = ?::uuid and l.active)
                                   || ' ' || sum(total_minor)
                            from statement where run_id = ?::uuid""",
                            runId,
                            runId),
                    "one statement per creator, one line per entry, the ledger's sum");
        }
    }

    private static ServiceProcess launch() throws Exception {
        return ServiceProcess.launch(
                        "payout-service",
                        HTTP_PORT,
                        GRPC_PORT,
                        // many small chunks, so that the kill falls between two of them
                        "-Dpayout.run.entries-per-chunk=100",
                        "-Dpayout.post-feed.every=off")
                .awaitReady();
    }

    private String start() {
        var channel =
                ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT)
                        .usePlaintext()
                        .intercept(Callers.speakingAs(TestServiceIdentity.IDENTITY))
                        .build();
        try {
            return PayoutServiceGrpc.newBlockingStub(channel)
                    .startPayoutRun(
                            StartPayoutRunRequest.newBuilder()
                                    .setBrandId(brand.toString())
                                    .setPeriod("2026-10")
                                    .setMinimumPayout(
                                            Money.newBuilder().setAmountMinor(0).setCurrency("EUR"))
                                    .build())
                    .getId();
        } finally {
            channel.shutdownNow();
        }
    }

    private List<com.creatorplatform.proto.payout.v1.PayoutRun> watch(String runId) {
        var channel =
                ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT)
                        .usePlaintext()
                        .intercept(Callers.speakingAs(TestServiceIdentity.IDENTITY))
                        .build();
        try {
            var states = new ArrayList<com.creatorplatform.proto.payout.v1.PayoutRun>();
            PayoutServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(90, TimeUnit.SECONDS)
                    .watchPayoutRun(
                            WatchPayoutRunRequest.newBuilder()
                                    .setBrandId(brand.toString())
                                    .setRunId(runId)
                                    .build())
                    .forEachRemaining(states::add);
            return states;
        } finally {
            channel.shutdownNow();
        }
    }

    /** 100 entries for each of 400 creators, all payable in October. */
    private void fillLedger(Connection db) throws SQLException {
        try (var insert =
                db.prepareStatement(
                        """
                        insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason,
                                                  actor, created_at)
                        select gen_random_uuid(), ?, md5(?::text || (i % ?))::uuid, 'ADJUSTMENT', 100 + i % 900, 'EUR',
                               'killed:' || i, 'test', 'PayoutRunKilledMidwayTest',
                               timestamptz '2026-10-01 00:00:00+00' + (i % 2592000) * interval '1 second'
                        from generate_series(1, ?) as i""")) {
            insert.setObject(1, brand);
            insert.setObject(2, brand);
            insert.setInt(3, CREATORS);
            insert.setInt(4, ENTRIES);
            insert.executeUpdate();
        }
    }

    private long ledgerSum(Connection db) throws SQLException {
        return Long.parseLong(
                text(
                        db,
                        "select sum(amount_minor)::text from ledger_entry where brand_id = ?::uuid",
                        brand.toString()));
    }

    private static long creatorsDone(Connection db, String runId) throws SQLException {
        return Long.parseLong(
                text(db, "select creators_done::text from payout_run where id = ?::uuid", runId));
    }

    private static String text(Connection db, String sql, String... arguments) throws SQLException {
        try (var query = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setString(i + 1, arguments[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
