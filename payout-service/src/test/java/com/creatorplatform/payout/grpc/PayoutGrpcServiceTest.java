package com.creatorplatform.payout.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.CreatorBalance;
import com.creatorplatform.proto.payout.v1.LedgerEntryKind;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Through a real gRPC client against the running service and its real database. */
@QuarkusTest
class PayoutGrpcServiceTest {

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    @Inject PgPool db;

    private final String brand = UUID.randomUUID().toString();
    private final String creator = UUID.randomUUID().toString();

    private RecordAdjustmentRequest adjustment(long amountMinor, String key) {
        return RecordAdjustmentRequest.newBuilder()
                .setBrandId(brand)
                .setCreatorId(creator)
                .setAmount(Money.newBuilder().setAmountMinor(amountMinor).setCurrency("EUR"))
                .setReason("Shoot reshoot fee")
                .setActor("finance@brand.example")
                .setIdempotencyKey(key)
                .build();
    }

    private long storedEntries() {
        return db.preparedQuery("select count(*) from ledger_entry where brand_id = $1")
                .execute(Tuple.of(UUID.fromString(brand)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    @Test
    void anAdjustmentIsAppendedAndMovesTheBalance() {
        var entry = client.recordAdjustment(adjustment(1250, "k1"));
        client.recordAdjustment(adjustment(-250, "k2"));

        assertEquals(LedgerEntryKind.LEDGER_ENTRY_KIND_ADJUSTMENT, entry.getKind());
        assertEquals("adjustment:k1", entry.getCause());
        assertEquals(2L, storedEntries());
        var balance =
                client.batchGetBalances(
                        BatchGetBalancesRequest.newBuilder()
                                .setBrandId(brand)
                                .addCreatorIds(creator)
                                .build());
        assertEquals(1000L, balance.getBalances(0).getBalances(0).getAmountMinor());
        assertEquals("EUR", balance.getBalances(0).getBalances(0).getCurrency());
    }

    @Test
    void retriesWithTheSameKeyEvenRacingOnesAppendExactlyOnce() {
        var attempts =
                java.util.stream.IntStream.range(0, 8)
                        .mapToObj(
                                i ->
                                        CompletableFuture.supplyAsync(
                                                () ->
                                                        client.recordAdjustment(
                                                                adjustment(700, "same-key"))))
                        .toList();
        var ids =
                attempts.stream()
                        .map(CompletableFuture::join)
                        .map(e -> e.getId())
                        .distinct()
                        .toList();

        assertEquals(1, ids.size());
        assertEquals(1L, storedEntries());
    }

    @Test
    void aKeyReusedForADifferentAmountIsRefused() {
        client.recordAdjustment(adjustment(700, "k"));
        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> client.recordAdjustment(adjustment(900, "k")));

        assertEquals(Status.Code.ALREADY_EXISTS, error.getStatus().getCode());
        assertEquals(1L, storedEntries());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        var zero =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> client.recordAdjustment(adjustment(0, "z")));
        assertEquals("amount must not be zero", zero.getStatus().getDescription());
        var noReason =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                client.recordAdjustment(
                                        adjustment(5, "r").toBuilder().setReason(" ").build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, noReason.getStatus().getCode());
        assertEquals("reason is required", noReason.getStatus().getDescription());
        assertEquals(0L, storedEntries());
    }

    @Test
    void theLedgerRefusesEditsAndDeletesAtTheDatabase() {
        client.recordAdjustment(adjustment(100, "immutable"));
        assertThrows(
                Exception.class,
                () ->
                        db.preparedQuery(
                                        "update ledger_entry set amount_minor = 1 where brand_id = $1")
                                .execute(Tuple.of(UUID.fromString(brand)))
                                .await()
                                .indefinitely());
        assertThrows(
                Exception.class,
                () ->
                        db.preparedQuery("delete from ledger_entry where brand_id = $1")
                                .execute(Tuple.of(UUID.fromString(brand)))
                                .await()
                                .indefinitely());
        assertEquals(1L, storedEntries());
    }

    @Test
    void balancesAreBatchedAndACreatorWithoutEntriesHasNone() {
        client.recordAdjustment(adjustment(300, "b"));
        var nobody = UUID.randomUUID().toString();

        List<CreatorBalance> balances =
                client.batchGetBalances(
                                BatchGetBalancesRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addCreatorIds(nobody)
                                        .addCreatorIds(creator)
                                        .build())
                        .getBalancesList();

        assertEquals(
                List.of(nobody, creator),
                balances.stream().map(CreatorBalance::getCreatorId).toList());
        assertEquals(0, balances.get(0).getBalancesCount());
        assertEquals(300L, balances.get(1).getBalances(0).getAmountMinor());
    }
}
