package com.creatorplatform.payout.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.PayoutRun;
import com.creatorplatform.proto.payout.v1.PayoutRunStatus;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import com.creatorplatform.proto.payout.v1.WatchPayoutRunRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (its name is no test's): bench/payout-run.sh runs it. It fills the
 * ledger of one brand with many payable entries, times a payout run over them through gRPC from
 * StartPayoutRun until WatchPayoutRun reports it computed, and times the same sums computed by one
 * SQL query as the baseline, in the same run.
 */
@Tag("benchmark")
@QuarkusTest
class PayoutRunBenchmark {

    @GrpcClient("payout")
    PayoutServiceBlockingStub payouts;

    @Inject Pool db;

    @Test
    void aPayoutRunOverALargeLedger() {
        int entries = Integer.getInteger("bench.entries", 1_000_000);
        int creators = Integer.getInteger("bench.creators", 10_000);
        UUID brand = UUID.randomUUID();

        // The service's first run (token keys, the ORM, the JIT) on a small brand of its own: the
        // measured run is the second, as a brand's run is on a service that has been up a while.
        UUID warmUpBrand = UUID.randomUUID();
        fill(warmUpBrand, 20_000, 200);
        watch(warmUpBrand, start(warmUpBrand));

        long filling = System.nanoTime();
        fill(brand, entries, creators);
        Duration filled = Duration.ofNanos(System.nanoTime() - filling);

        long querying = System.nanoTime();
        Row expected =
                db.preparedQuery(
                                """
                        select count(*) as statements, sum(total) as total, sum(entries) as entries from (
                          select sum(amount_minor) as total, count(*) as entries from ledger_entry
                          where brand_id = $1 and kind <> 'PAYOUT'
                          and coalesce(payable_at, created_at) < timestamptz '2026-11-01 00:00:00+00'
                          group by creator_id, currency) sums""")
                        .execute(Tuple.of(brand))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next();
        Duration baseline = Duration.ofNanos(System.nanoTime() - querying);

        long running = System.nanoTime();
        var started = start(brand);
        Duration answered = Duration.ofNanos(System.nanoTime() - running);
        var states = watch(brand, started);
        Duration took = Duration.ofNanos(System.nanoTime() - running);

        var computed = states.get(states.size() - 1);
        Row written =
                db.preparedQuery(
                                """
                        select count(*) as statements, sum(s.total_minor) as total,
                               (select count(*) from statement_line l join statement s2 on s2.id = l.statement_id
                                where s2.run_id = $1) as lines
                        from statement s where s.run_id = $1""")
                        .execute(Tuple.of(UUID.fromString(started.getId())))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next();
        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_COMPUTING, started.getStatus());
        assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_DRAFT, computed.getStatus());
        assertEquals(
                expected.getLong("statements"),
                written.getLong("statements"),
                "one statement per creator and currency");
        assertEquals(
                expected.getLong("total"),
                written.getLong("total"),
                "statements add up to the ledger to the cent");
        assertEquals(expected.getLong("entries"), written.getLong("lines"), "one line per entry");
        System.out.printf(
                """

                payout run over %,d ledger entries of %,d creators (filled and vacuumed in %.1f s)
                  StartPayoutRun answered (COMPUTING):                  %.3f s
                  run computed (DRAFT, watched through WatchPayoutRun): %.2f s
                  baseline, the same sums by one SQL query:             %.2f s
                  ratio:                                                %.1f
                  progress states seen: %d, creators %,d of %,d
                  statements: %,d, lines %,d, total %,d minor units, equal to the ledger's sum
                %n""",
                entries,
                creators,
                filled.toMillis() / 1000.0,
                answered.toMillis() / 1000.0,
                took.toMillis() / 1000.0,
                baseline.toMillis() / 1000.0,
                (double) took.toNanos() / baseline.toNanos(),
                states.size(),
                computed.getProgress().getCreatorsDone(),
                computed.getProgress().getCreatorsTotal(),
                written.getLong("statements"),
                written.getLong("lines"),
                written.getLong("total"));
    }

    private PayoutRun start(UUID brand) {
        return payouts.startPayoutRun(
                StartPayoutRunRequest.newBuilder()
                        .setBrandId(brand.toString())
                        .setPeriod("2026-10")
                        .setMinimumPayout(Money.newBuilder().setAmountMinor(0).setCurrency("EUR"))
                        .build());
    }

    /** The run's states from now until it is computed. */
    private List<PayoutRun> watch(UUID brand, PayoutRun started) {
        var states = new ArrayList<PayoutRun>();
        payouts.watchPayoutRun(
                        WatchPayoutRunRequest.newBuilder()
                                .setBrandId(brand.toString())
                                .setRunId(started.getId())
                                .build())
                .forEachRemaining(states::add);
        return states;
    }

    private void fill(UUID brand, int entries, int creators) {
        // Without the triggers (the service's own superuser may): a million ledger notifications
        // drained by the service while the run computes would be timed as the run's.
        db.withTransaction(
                        connection ->
                                connection
                                        .query("set local session_replication_role = replica")
                                        .execute()
                                        .chain(
                                                () ->
                                                        connection
                                                                .preparedQuery(
                                                                        """
                        insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason, actor, created_at)
                        select gen_random_uuid(), $1::uuid, md5($1::uuid::text || (i % $3))::uuid, 'ADJUSTMENT', 100 + i % 900, 'EUR',
                               'bench:' || i, 'benchmark', 'bench/payout-run.sh',
                               timestamptz '2026-10-01 00:00:00+00' + (i % 2592000) * interval '1 second'
                        from generate_series(1, $2) as i""")
                                                                .execute(
                                                                        Tuple.of(
                                                                                brand, entries,
                                                                                creators))))
                .await()
                .indefinitely();
        // An old ledger is vacuumed by autovacuum long before its month is paid out; a fresh
        // bulk insert is not, and its index-only reads would visit the table (see ADR 0048).
        db.query("vacuum analyze ledger_entry").execute().await().indefinitely();
    }
}
