package com.creatorplatform.payout.grpc;

import static com.creatorplatform.payout.grpc.OrderEventFixtures.batch;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.day;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.payout.live.LedgerWatch;
import com.creatorplatform.proto.payout.v1.EarningsChange;
import com.creatorplatform.proto.payout.v1.LedgerEntryKind;
import com.creatorplatform.proto.payout.v1.MutinyPayoutServiceGrpc.MutinyPayoutServiceStub;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.WatchCreatorEarningsRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A creator's live earnings through a real gRPC server stream, fed by the database's notifications.
 */
@QuarkusTest
class LiveEarningsGrpcTest {

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    @GrpcClient("payout")
    MutinyPayoutServiceStub live;

    @Inject LedgerWatch ledgerWatch;

    private final OrderEventFixtures orders = new OrderEventFixtures();

    @Test
    void aWatcherGetsEachCommittedEntryOfItsCreatorOnceWithTheEarningsAfterIt() {
        List<EarningsChange> received = new CopyOnWriteArrayList<>();
        int watchersBefore = ledgerWatch.watchers();
        var watching =
                live.watchCreatorEarnings(
                                WatchCreatorEarningsRequest.newBuilder()
                                        .setBrandId(orders.brand)
                                        .setCreatorId(orders.creators.get(0))
                                        .build())
                        .subscribe()
                        .with(received::add);
        try {
            // The stream is open once the server has subscribed to the ledger's notifications.
            await().atMost(Duration.ofSeconds(10))
                    .until(ledgerWatch::watchers, n -> n == watchersBefore + 1);
            client.applyOrderEvents(
                    batch(
                            orders.completed(0, "o1", 10_000, day(0)),
                            orders.completed(1, "o2", 5_000, day(0))));
            client.applyOrderEvents(batch(orders.completed(0, "o1", 10_000, day(0))));
            client.applyOrderEvents(batch(orders.refunded(0, "o1", 10_000, "r1", 2_500, day(1))));

            await().atMost(Duration.ofSeconds(10)).until(received::size, n -> n >= 2);
            // Nothing more arrives: the replay appended nothing, creator 1 is not watched.
            await().during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(2))
                    .until(received::size, n -> n == 2);

            assertEquals(
                    List.of(
                            LedgerEntryKind.LEDGER_ENTRY_KIND_ACCRUAL,
                            LedgerEntryKind.LEDGER_ENTRY_KIND_REVERSAL),
                    received.stream().map(c -> c.getEntry().getKind()).toList());
            assertEquals(
                    List.of("o1", "o1"),
                    received.stream().map(c -> c.getEntry().getOrderId()).toList());
            assertEquals(
                    List.of(1_000L, -250L),
                    received.stream().map(c -> c.getEntry().getAmount().getAmountMinor()).toList());
            assertEquals(
                    750L,
                    received.get(1).getBalance().getEarnings(0).getTotal().getAmountMinor(),
                    "earnings after both");
        } finally {
            watching.cancel();
        }
    }
}
