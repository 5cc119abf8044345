package com.creatorplatform.payout.grpc;

import static com.creatorplatform.contract.testing.Callers.as;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.batch;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.day;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.payout.v1.BatchGetOrderCommissionsRequest;
import com.creatorplatform.proto.payout.v1.Earnings;
import com.creatorplatform.proto.payout.v1.LedgerEntry;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesRequest;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesResponse;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A brand's ledger as it reads it: entries and their causes, totals, and each order's commission.
 */
@QuarkusTest
class BrandLedgerGrpcTest {

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    private final OrderEventFixtures orders = new OrderEventFixtures();

    /**
     * Creator 0: an old order of 100 EUR (payable, 10 %) refunded by a quarter, and an adjustment
     * of 5 EUR; creator 1: a recent order of 123.45 EUR (still in its hold). Each appended on its
     * own.
     */
    private void story() {
        var recently = Instant.now().minus(Duration.ofDays(2));
        client.applyOrderEvents(batch(orders.completed(0, "o1", 10_000, day(0))));
        client.applyOrderEvents(batch(orders.completed(1, "o2", 12_345, recently)));
        client.applyOrderEvents(batch(orders.refunded(0, "o1", 10_000, "a", 2_500, day(1))));
        client.recordAdjustment(
                RecordAdjustmentRequest.newBuilder()
                        .setBrandId(orders.brand)
                        .setCreatorId(orders.creators.get(0))
                        .setAmount(eur(500))
                        .setReason("shipping costs")
                        .setActor("ops@northwind.example")
                        .setIdempotencyKey("k1")
                        .build());
    }

    private ListLedgerEntriesResponse page(ListLedgerEntriesRequest.Builder request) {
        return client.listLedgerEntries(request.setBrandId(orders.brand).build());
    }

    private static List<String> causes(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::getCause).toList();
    }

    private static Earnings earnings(long pending, long payable, long paid) {
        return Earnings.newBuilder()
                .setPending(eur(pending))
                .setPayable(eur(payable))
                .setPaid(eur(paid))
                .setTotal(eur(pending + payable + paid))
                .build();
    }

    @Test
    void theBrandReadsItsLedgerNewestFirstPageByPageWithTheTotalsOfEveryEntry() {
        story();

        var first = page(ListLedgerEntriesRequest.newBuilder().setPage(size(3, "")));
        var second =
                page(
                        ListLedgerEntriesRequest.newBuilder()
                                .setPage(size(3, first.getPageInfo().getNextCursor())));

        var all = new ArrayList<>(first.getEntriesList());
        all.addAll(second.getEntriesList());
        assertEquals(
                List.of(
                        "adjustment:k1",
                        "order:o1:refund:" + orders.eventId("o1/refund-a"),
                        "order:o2:accrual",
                        "order:o1:accrual"),
                causes(all));
        assertEquals("", second.getPageInfo().getNextCursor());
        assertEquals(orders.campaign, all.get(2).getCampaignId());
        assertEquals("", all.get(0).getCampaignId());
        assertEquals("shipping costs", all.get(0).getReason());
        // 1,000 - 250 + 500 payable, 1,234.5 → 1,235 pending, on every page.
        assertEquals(List.of(earnings(1_235, 1_250, 0)), first.getTotalsList());
        assertEquals(first.getTotalsList(), second.getTotalsList());
    }

    @Test
    void theLedgerFiltersByCampaignAndByCreatorWithTheirOwnTotals() {
        story();

        var ofCreator =
                page(ListLedgerEntriesRequest.newBuilder().setCreatorId(orders.creators.get(0)));
        var ofCampaign = page(ListLedgerEntriesRequest.newBuilder().setCampaignId(orders.campaign));

        assertEquals(
                List.of(
                        "adjustment:k1",
                        "order:o1:refund:" + orders.eventId("o1/refund-a"),
                        "order:o1:accrual"),
                causes(ofCreator.getEntriesList()));
        assertEquals(List.of(earnings(0, 1_250, 0)), ofCreator.getTotalsList());
        assertEquals(3, ofCampaign.getEntriesCount(), "the adjustment spends no campaign's budget");
        assertEquals(List.of(earnings(1_235, 750, 0)), ofCampaign.getTotalsList());
    }

    @Test
    void eachOrdersCommissionIsItsAccrualLessItsReversalsReadForManyOrdersAtOnce() {
        story();

        var found =
                client.batchGetOrderCommissions(
                                BatchGetOrderCommissionsRequest.newBuilder()
                                        .setBrandId(orders.brand)
                                        .addOrderIds("o1")
                                        .addOrderIds("o2")
                                        .addOrderIds("never-completed")
                                        .build())
                        .getCommissionsList();
        var ofCreator1 =
                client.batchGetOrderCommissions(
                                BatchGetOrderCommissionsRequest.newBuilder()
                                        .setBrandId(orders.brand)
                                        .setCreatorId(orders.creators.get(1))
                                        .addOrderIds("o1")
                                        .addOrderIds("o2")
                                        .build())
                        .getCommissionsList();

        assertEquals(
                Map.of("o1", eur(750), "o2", eur(1_235)),
                found.stream().collect(Collectors.toMap(c -> c.getOrderId(), c -> c.getAmount())));
        assertEquals(1, ofCreator1.size());
        assertEquals("o2", ofCreator1.get(0).getOrderId());
    }

    @Test
    void aBrandNeverReadsAnotherBrandsLedger() {
        story();
        var other = new OrderEventFixtures();
        var asOther = as(CallerIdentity.brandViewer(other.brand), client);

        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                asOther.listLedgerEntries(
                                        ListLedgerEntriesRequest.newBuilder()
                                                .setBrandId(orders.brand)
                                                .build()));
        var own =
                asOther.listLedgerEntries(
                        ListLedgerEntriesRequest.newBuilder()
                                .setBrandId(other.brand)
                                .setCampaignId(orders.campaign)
                                .build());
        var commissions =
                asOther.batchGetOrderCommissions(
                        BatchGetOrderCommissionsRequest.newBuilder()
                                .setBrandId(other.brand)
                                .addOrderIds("o1")
                                .build());

        assertEquals(Status.Code.PERMISSION_DENIED, refused.getStatus().getCode());
        assertEquals(0, own.getEntriesCount());
        assertEquals(0, own.getTotalsCount());
        assertEquals(0, commissions.getCommissionsCount());
    }

    private static PageRequest size(int size, String cursor) {
        return PageRequest.newBuilder().setPageSize(size).setCursor(cursor).build();
    }
}
