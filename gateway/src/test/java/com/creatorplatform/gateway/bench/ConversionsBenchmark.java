package com.creatorplatform.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.gateway.support.ConversionLoad;
import com.creatorplatform.gateway.support.ConversionLoad.Check;
import com.creatorplatform.gateway.support.ConversionLoad.Sender;
import com.creatorplatform.gateway.support.ConversionLoad.Shop;
import com.creatorplatform.gateway.support.PlatformServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Orders from report to commission in payout's ledger, at the rate the machine allows, against
 * inserting the same order rows straight into tracking's database with as many connections; then
 * the same with every report sent three times, shuffled, while tracking-service and payout-service
 * are killed and restarted, checked against the SQL oracle. Not part of the test suite (its name is
 * not *Test): bench/conversions.sh runs it.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class ConversionsBenchmark {

    static final int ORDERS = Integer.getInteger("bench.orders", 20_000);
    static final int FAULT_ORDERS = Integer.getInteger("bench.fault-orders", 5_000);

    /** Orders per warm-up round. */
    static final int WARMUP = Integer.getInteger("bench.warmup", 10_000);

    /** Warm-up ends after the round in which the JIT compilers used at most this share... */
    static final double SETTLED_JIT_SHARE = 0.10;

    /** ...or after this many rounds. */
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 40);

    static final int CONNECTIONS = Integer.getInteger("bench.connections", 32);

    /** The baseline's connections: as many as reports in flight, within PostgreSQL's limit. */
    static final int SQL_CONNECTIONS = Math.min(CONNECTIONS, 32);

    /** With -Dbench.jfr=true: each service's hottest methods during the measured run. */
    static final boolean JFR = Boolean.getBoolean("bench.jfr");

    static final String PG =
            "jdbc:postgresql://127.0.0.1:" + ServiceProcess.env("PG_PORT", "55433") + "/";

    @Test
    void ordersToCommissionsThenTheSameUnderFaults() throws Exception {
        warmUp();

        var shop = Shop.open(20);
        var cpu = new ArrayList<String>();
        long nanos = run(shop, ORDERS, 1, 0, null, cpu);
        var check = Check.of(shop.brandId(), ORDERS);
        assertEquals(check.oracle(), check.ledger());
        double rate = ORDERS / (nanos / 1e9);
        System.out.printf(
                "CONVERSIONS %d orders (and %d refunds), %d in flight: %.1f s to the last commission%n",
                ORDERS, ConversionLoad.distinct(ORDERS) - ORDERS, CONNECTIONS, nanos / 1e9);
        cpu.forEach(System.out::println);
        System.out.printf("conversions/s %.0f%n", rate);
        double sql = bareInserts(shop.brandId());
        System.out.printf(
                "CONVERSIONS bare SQL insert of the same order rows, %d connections: %.0f rows/s; ratio %.3f%n",
                SQL_CONNECTIONS, sql, rate / sql);

        var faulty = Shop.open(20);
        var kills = new ArrayList<String>();
        long faultNanos = run(faulty, FAULT_ORDERS, 3, 49, kills, null);
        var faults = Check.of(faulty.brandId(), FAULT_ORDERS);
        System.out.printf(
                "CONVERSIONS under faults: %d orders, each report 3 times shuffled, %s: %.1f s, %.0f orders/s%n",
                FAULT_ORDERS, kills, faultNanos / 1e9, FAULT_ORDERS / (faultNanos / 1e9));
        System.out.printf(
                "CONVERSIONS ledger equals the oracle: %s (%d orders, %d minor units)%n",
                faults.ledger().equals(faults.oracle()),
                faults.oracle().size(),
                faults.oracle().values().stream().mapToLong(Long::longValue).sum());
        System.out.printf("duplicates %d%n", faults.duplicates());
        System.out.printf("missing %d%n", faults.missing());
        assertEquals(faults.oracle(), faults.ledger());
    }

    /**
     * Rounds of {@link #WARMUP} orders until the services' JIT compiler threads used at most {@link
     * #SETTLED_JIT_SHARE} of their CPU in a round: on two shared cores the JIT goes on compiling
     * for minutes, and the figure is meant to be the platform's steady state, not its compilation.
     */
    private static void warmUp() throws Exception {
        for (int round = 1; round <= WARMUP_ROUNDS; round++) {
            var used = PlatformCpu.start(PlatformServices.SERVICES);
            long nanos = run(Shop.open(20), WARMUP, 1, 0, null, null);
            double share = used.compilerShare();
            System.out.printf(
                    "CONVERSIONS warm-up round %d: %d orders, %.0f orders/s, JIT compilers %.0f %% of the services' CPU%n",
                    round, WARMUP, WARMUP / (nanos / 1e9), 100 * share);
            if (share <= SETTLED_JIT_SHARE) {
                return;
            }
        }
    }

    /**
     * Sends the reports and waits for the ledger to hold every distinct one; with {@code kills},
     * kills and restarts tracking-service after a third of the reports and payout-service after two
     * thirds. Answers the nanoseconds from the first report to the last ledger entry (the requests
     * are made before: the load generator's part is sending them); with {@code cpu}, adds what each
     * process spent meanwhile (and with {@link #JFR}, each service's hot methods).
     */
    private static long run(
            Shop shop, int orders, int copies, long seed, List<String> kills, List<String> cpu)
            throws Exception {
        var reports = ConversionLoad.reports(orders, copies, seed);
        try (var sender = new Sender(shop, CONNECTIONS)) {
            sender.prepare(reports);
            var hot =
                    cpu != null && JFR
                            ? PlatformServices.SERVICES.stream().map(HotMethods::start).toList()
                            : List.<HotMethods>of();
            var used = PlatformCpu.start(PlatformServices.SERVICES);
            long start = System.nanoTime();
            sender.start();
            if (kills != null) {
                crashAt(sender, reports.size() / 3, PlatformServices.TRACKING, kills);
                crashAt(sender, reports.size() * 2 / 3, PlatformServices.PAYOUT, kills);
            }
            sender.awaitAnswered(Duration.ofMinutes(30));
            long answered = System.nanoTime() - start;
            assertEquals(List.of(), sender.refusals());
            Check.awaitRelayed();
            while (Check.ledgerEntries(shop.brandId()) < ConversionLoad.distinct(orders)) {
                Thread.sleep(50);
            }
            long nanos = System.nanoTime() - start;
            if (cpu != null) {
                cpu.add(
                        "CONVERSIONS reports sent again after a retryable failure: %d"
                                .formatted(sender.retries()));
                cpu.add(
                        "CONVERSIONS every report answered after %.1f s; the last commission %.1f s later"
                                .formatted(answered / 1e9, (nanos - answered) / 1e9));
                cpu.addAll(used.report(orders));
            }
            hot.forEach(recording -> cpu.addAll(recording.stop(20)));
            return nanos;
        }
    }

    private static void crashAt(
            Sender sender, int answered, PlatformServices.Service service, List<String> kills)
            throws Exception {
        while (sender.answered() < answered) {
            Thread.sleep(10);
        }
        PlatformServices.kill(service);
        long down = System.nanoTime();
        PlatformServices.restart(service);
        kills.add(
                "%s killed at %d reports answered, back in %.1f s"
                        .formatted(service.module(), answered, (System.nanoTime() - down) / 1e9));
    }

    /**
     * The bare cost of storing the orders: the benchmark's order rows inserted again into a copy of
     * their table, one transaction each, from as many connections as reports in flight (at most
     * 32).
     */
    private static double bareInserts(String brandId) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(PG + "tracking", "platform", "")) {
            db.createStatement()
                    .execute(
                            "drop table if exists bench_order; create table bench_order (like customer_order including all)");
            try (var query =
                    db.prepareStatement(
                            "select id::text from customer_order where brand_id = ?::uuid")) {
                query.setString(1, brandId);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(SQL_CONNECTIONS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < SQL_CONNECTIONS; t++) {
            int first = t;
            done.add(threads.submit(() -> insertEvery(ids, first)));
        }
        for (var future : done) {
            future.get();
        }
        long nanos = System.nanoTime() - start;
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.MINUTES);
        return ids.size() / (nanos / 1e9);
    }

    private static Void insertEvery(List<String> ids, int first) throws SQLException {
        try (Connection db = DriverManager.getConnection(PG + "tracking", "platform", "");
                var insert =
                        db.prepareStatement(
                                "insert into bench_order select * from customer_order where id = ?::uuid")) {
            for (int i = first; i < ids.size(); i += SQL_CONNECTIONS) {
                insert.setString(1, ids.get(i));
                insert.executeUpdate();
            }
        }
        return null;
    }
}
