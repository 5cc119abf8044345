package com.creatorplatform.payout.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (its name is no test's): bench/payout-run.sh runs it. It fills the
 * ledger of one brand with many payable entries, times a payout run over them through gRPC, and
 * times the same sums computed by one SQL query as the baseline, in the same run.
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

        long filling = System.nanoTime();
        db.preparedQuery(
                        """
                        insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason, actor, created_at)
                        select gen_random_uuid(), $1, md5($1::text || (i % $3))::uuid, 'ADJUSTMENT', 100 + i % 900, 'EUR',
                               'bench:' || i, 'benchmark', 'bench/payout-run.sh',
                               timestamptz '2026-10-01 00:00:00+00' + (i % 2592000) * interval '1 second'
                        from generate_series(1, $2) as i""")
                .execute(Tuple.of(brand, entries, creators))
                .await()
                .indefinitely();
        db.query("analyze ledger_entry").execute().await().indefinitely();
        Duration filled = Duration.ofNanos(System.nanoTime() - filling);

        long querying = System.nanoTime();
        Row expected =
                db.preparedQuery(
                                """
                        select count(*) as creators, sum(total) as total from (
                          select creator_id, sum(amount_minor) as total from ledger_entry
                          where brand_id = $1 and coalesce(payable_at, created_at) < timestamptz '2026-11-01 00:00:00+00'
                          group by creator_id, currency) sums""")
                        .execute(Tuple.of(brand))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next();
        Duration baseline = Duration.ofNanos(System.nanoTime() - querying);

        long running = System.nanoTime();
        var run =
                payouts.startPayoutRun(
                        StartPayoutRunRequest.newBuilder()
                                .setBrandId(brand.toString())
                                .setPeriod("2026-10")
                                .setMinimumPayout(
                                        Money.newBuilder().setAmountMinor(0).setCurrency("EUR"))
                                .build());
        Duration took = Duration.ofNanos(System.nanoTime() - running);

        long paid =
                run.getStatementsList().stream()
                        .mapToLong(s -> s.getTotal().getAmountMinor())
                        .sum();
        assertEquals(
                expected.getLong("creators"),
                (long) run.getStatementsCount(),
                "one statement per creator");
        assertEquals(
                expected.getLong("total"), paid, "statements add up to the ledger to the cent");
        System.out.printf(
                """

                payout run over %,d ledger entries of %,d creators (filled in %.1f s)
                  StartPayoutRun (gRPC, statements and lines written): %.2f s
                  baseline, the same sums by one SQL query:           %.2f s
                  ratio:                                              %.1f
                  statements: %,d, total %,d minor units, equal to the ledger's sum
                %n""",
                entries,
                creators,
                filled.toMillis() / 1000.0,
                took.toMillis() / 1000.0,
                baseline.toMillis() / 1000.0,
                (double) took.toNanos() / baseline.toNanos(),
                run.getStatementsCount(),
                paid);
    }
}
