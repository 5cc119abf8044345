package com.creatorplatform.payout.grpc;

import static com.creatorplatform.contract.testing.Callers.as;
import static com.creatorplatform.contract.testing.Callers.assertPermissionDenied;
import static com.creatorplatform.contract.testing.Callers.assertUnauthenticated;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.batch;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * payout-service acts only for the caller the metadata names; order events come from services only.
 */
@QuarkusTest
class CallerIdentityGrpcTest {

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    @Inject PgPool db;

    private final String brandA = UUID.randomUUID().toString();
    private final String brandB = UUID.randomUUID().toString();
    private final String creator = UUID.randomUUID().toString();

    @Test
    void aCallWithoutATokenIsUnauthenticated() {
        var channel = Callers.unidentifiedChannel();
        try {
            assertUnauthenticated(
                    Callers.NO_TOKEN,
                    () ->
                            PayoutServiceGrpc.newBlockingStub(channel)
                                    .recordAdjustment(adjustment(brandA, "anonymous")));
        } finally {
            channel.shutdownNow();
        }
        assertEquals(0, ledgerEntriesOf(brandA));
    }

    @Test
    void aBrandMayNeitherWriteNorReadAnotherBrandsLedger() {
        client.recordAdjustment(adjustment(brandB, "b-own"));
        var asBrandA = as(CallerIdentity.brand(brandA), client);

        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.recordAdjustment(adjustment(brandB, "hijack")));
        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () ->
                        asBrandA.batchGetBalances(
                                BatchGetBalancesRequest.newBuilder()
                                        .setBrandId(brandB)
                                        .addCreatorIds(creator)
                                        .build()));

        assertEquals(1, ledgerEntriesOf(brandB), "nothing was appended for brand B");
        assertEquals(0, ledgerEntriesOf(brandA));
    }

    @Test
    void aBrandActsForItself() {
        var asBrandA = as(CallerIdentity.brand(brandA), client);

        asBrandA.recordAdjustment(adjustment(brandA, "own"));

        assertEquals(
                1250,
                asBrandA.batchGetBalances(
                                BatchGetBalancesRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .addCreatorIds(creator)
                                        .build())
                        .getBalances(0)
                        .getBalances(0)
                        .getAmountMinor());
        assertEquals(1, ledgerEntriesOf(brandA));
    }

    @Test
    void aCreatorReadsOnlyItsOwnBalance() {
        client.recordAdjustment(adjustment(brandA, "c"));
        var other = UUID.randomUUID().toString();
        var asCreator = as(CallerIdentity.creator(creator), client);

        assertPermissionDenied(
                "caller creator " + creator + " may not act for creator " + other,
                () ->
                        asCreator.batchGetBalances(
                                BatchGetBalancesRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .addCreatorIds(creator)
                                        .addCreatorIds(other)
                                        .build()));
        assertEquals(
                1250,
                asCreator
                        .batchGetBalances(
                                BatchGetBalancesRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .addCreatorIds(creator)
                                        .build())
                        .getBalances(0)
                        .getBalances(0)
                        .getAmountMinor());
    }

    @Test
    void orderEventsAreForThePlatformsServicesOnlyEvenFromTheBrandOrItsSystems() {
        var orders = new OrderEventFixtures();

        assertPermissionDenied(
                "ApplyOrderEvents is for the platform's own service accounts only, not for caller"
                        + " brand "
                        + orders.brand,
                () ->
                        as(CallerIdentity.brand(orders.brand), client)
                                .applyOrderEvents(
                                        batch(orders.completed(0, "o1", 10_000, day(0)))));
        // Nor from the brand's own systems (its order pipeline, an orders API key): they report
        // orders to tracking-service, which alone turns them into ledger events.
        var pipeline = CallerIdentity.brandService("shop-pipeline", orders.brand);
        assertPermissionDenied(
                "ApplyOrderEvents is for the platform's own service accounts only, not for caller "
                        + pipeline,
                () ->
                        as(pipeline, client)
                                .applyOrderEvents(
                                        batch(orders.completed(0, "o1", 10_000, day(0)))));

        assertEquals(0, ledgerEntriesOf(orders.brand), "nothing was accrued");
    }

    private RecordAdjustmentRequest adjustment(String brand, String key) {
        return RecordAdjustmentRequest.newBuilder()
                .setBrandId(brand)
                .setCreatorId(creator)
                .setAmount(Money.newBuilder().setAmountMinor(1250).setCurrency("EUR"))
                .setReason("Reshoot fee")
                .setActor("finance@brand.example")
                .setIdempotencyKey(key)
                .build();
    }

    private long ledgerEntriesOf(String brand) {
        return db.preparedQuery("select count(*) from ledger_entry where brand_id = $1")
                .execute(Tuple.of(UUID.fromString(brand)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
