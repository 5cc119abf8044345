package com.creatorplatform.payout.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.sun.management.OperatingSystemMXBean;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (its name is no test's). Times ApplyOrderEvents alone, as
 * tracking-service's relay calls it: batches of completions of new orders of one campaign, each
 * answered before the next is sent. Reports events/s and the CPU per event of this JVM (the
 * service, plus the test's own gRPC client) and of PostgreSQL's backends. Run it with
 *
 * <pre>
 * mvn -pl proto,payout-service verify -Dtest=OrderEventApplierBenchmark -Dtest.excluded-groups=none
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.batches=20 -Dbench.batch-size=500]
 * </pre>
 */
@Tag("benchmark")
@QuarkusTest
class OrderEventApplierBenchmark {

    @GrpcClient("payout")
    PayoutServiceBlockingStub payouts;

    @Inject Pool db;

    @Test
    void applyingBatchesOfCompletions() throws IOException {
        int batches = Integer.getInteger("bench.batches", 20);
        int size = Integer.getInteger("bench.batch-size", 500);
        UUID brand = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();

        // The first calls (token keys, the ORM, the JIT) are not timed.
        for (int i = 0; i < 5; i++) {
            payouts.applyOrderEvents(batch(UUID.randomUUID(), campaign, "warm-" + i, size));
        }

        var jvm = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long postgresBefore = postgresTicks();
        long cpuBefore = jvm.getProcessCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            var answer = payouts.applyOrderEvents(batch(brand, campaign, "b" + i, size));
            assertEquals(size, answer.getNewlyAppliedEventIdsCount());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long cpu = jvm.getProcessCpuTime() - cpuBefore;
        long postgres = postgresTicks() - postgresBefore;

        long events = (long) batches * size;
        long entries =
                db.preparedQuery("select count(*) from ledger_entry where brand_id = $1")
                        .execute(Tuple.of(brand))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0);
        assertEquals(events, entries, "one accrual per completion");
        System.out.printf(
                """

                ApplyOrderEvents: %d batches of %d completions in %.2f s: %.0f events/s
                  CPU of this JVM (service and test client): %.3f ms per event
                  CPU of PostgreSQL's backends:              %.3f ms per event
                %n""",
                batches,
                size,
                took.toMillis() / 1000.0,
                events / (took.toNanos() / 1e9),
                cpu / 1e6 / events,
                postgres * 10.0 / events);
    }

    private static ApplyOrderEventsRequest batch(
            UUID brand, UUID campaign, String label, int size) {
        var request = ApplyOrderEventsRequest.newBuilder();
        var offer = UUID.randomUUID().toString();
        var at = WireTypes.timestamp(Instant.parse("2026-03-10T12:00:00Z"));
        for (int i = 0; i < size; i++) {
            request.addEvents(
                    OrderEvent.newBuilder()
                            .setEventId(brand + "/" + label + "/" + i)
                            .setBrandId(brand.toString())
                            .setOrderId(label + "-" + i)
                            .setCreatorId(new UUID(i % 50, 1).toString())
                            .setCampaignId(campaign.toString())
                            .setOfferVersionId(offer)
                            .setKind(OrderEventKind.ORDER_EVENT_KIND_COMPLETED)
                            .setOrderAmount(
                                    Money.newBuilder().setAmountMinor(1_000 + i).setCurrency("EUR"))
                            .setOccurredAt(at)
                            .setRecordedAt(at)
                            .setPlan(
                                    CommissionPlan.newBuilder()
                                            .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                            .setRateBasisPoints(1000))
                            .setHoldDays(30));
        }
        return request.build();
    }

    /**
     * CPU clock ticks (1/100 s) used so far by the children of the PostgreSQL server this service
     * is connected to (its backends, which live as long as the pool's connections).
     */
    private long postgresTicks() throws IOException {
        int backend =
                db.query("select pg_backend_pid()")
                        .execute()
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getInteger(0);
        String postmaster = stat(Path.of("/proc", String.valueOf(backend), "stat")).get(3);
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process :
                    processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                List<String> fields = stat(process.resolve("stat"));
                if (fields.size() > 15 && fields.get(3).equals(postmaster)) {
                    ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                }
            }
        }
        return ticks;
    }

    /** The fields of /proc/PID/stat, the command name (which may hold spaces) as one. */
    private static List<String> stat(Path file) {
        try {
            String text = Files.readString(file);
            int close = text.lastIndexOf(')');
            var fields = new ArrayList<String>();
            fields.add(text.substring(0, text.indexOf(' ')));
            fields.add(text.substring(text.indexOf('(') + 1, close));
            fields.addAll(List.of(text.substring(close + 2).trim().split(" ")));
            return fields;
        } catch (IOException gone) {
            return List.of();
        }
    }
}
