package com.creatorplatform.tracking.orders;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.tracking.v1.AttributionOutcome;
import com.creatorplatform.proto.tracking.v1.AttributionRule;
import com.creatorplatform.proto.tracking.v1.BatchGetOrdersRequest;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.OrderStatus;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.proto.tracking.v1.UpdateOrderStatusRequest;
import com.creatorplatform.tracking.domain.EmailHash;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignFixtures.BrandWithOffer;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import com.creatorplatform.tracking.support.PayoutOutbox;
import com.creatorplatform.tracking.support.StoredClicks;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Orders through a real gRPC client: attribution, idempotency, lifecycle, refunds and the payout
 * outbox.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class ConversionGrpcTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject Pool db;

    private final BrandWithOffer setup = CampaignFixtures.brandWithOffer();
    private final String brand = setup.brandId();
    private final String campaign = setup.campaignId();
    private final String creator = CampaignFixtures.member(brand, campaign);

    private RecordConversionRequest.Builder order(String orderId, long amountMinor) {
        return RecordConversionRequest.newBuilder()
                .setBrandId(brand)
                .setOrderId(orderId)
                .setAmount(Money.newBuilder().setAmountMinor(amountMinor).setCurrency("EUR"))
                .setOrderedAt(WireTypes.timestamp(Instant.now()))
                .setCustomerEmailHash("hash-of-shopper");
    }

    private Order status(String orderId, OrderStatus status) {
        return tracking.updateOrderStatus(
                UpdateOrderStatusRequest.newBuilder()
                        .setBrandId(brand)
                        .setOrderId(orderId)
                        .setStatus(status)
                        .build());
    }

    private Order complete(String orderId, Instant at) {
        return tracking.updateOrderStatus(
                UpdateOrderStatusRequest.newBuilder()
                        .setBrandId(brand)
                        .setOrderId(orderId)
                        .setStatus(OrderStatus.ORDER_STATUS_COMPLETED)
                        .setAt(WireTypes.timestamp(at))
                        .build());
    }

    private Order refund(String orderId, String refundId, long amountMinor) {
        return tracking.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(brand)
                        .setOrderId(orderId)
                        .setRefundId(refundId)
                        .setAmount(
                                Money.newBuilder().setAmountMinor(amountMinor).setCurrency("EUR"))
                        .build());
    }

    private void discountCode(String code) {
        tracking.createDiscountCode(
                CreateDiscountCodeRequest.newBuilder()
                        .setBrandId(brand)
                        .setCode(code)
                        .setCreatorId(creator)
                        .setCampaignId(campaign)
                        .build());
    }

    private long count(String sql, Object... params) {
        return db.preparedQuery(sql)
                .execute(Tuple.from(params))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    private List<OrderEvent> outbox(String orderId) {
        return PayoutOutbox.eventsOf(db, brand).stream()
                .filter(event -> event.getOrderId().equals(orderId))
                .toList();
    }

    @Test
    void anOrderWithTheCreatorsDiscountCodeIsCreditedToThemAndSaysWhy() {
        discountCode("ANNA10");

        var recorded =
                tracking.recordConversion(order("A-1", 12_000).setDiscountCode("anna10").build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_ATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals(
                AttributionRule.ATTRIBUTION_RULE_DISCOUNT_CODE,
                recorded.getAttribution().getRule());
        assertEquals(creator, recorded.getAttribution().getCreatorId());
        assertEquals(campaign, recorded.getAttribution().getCampaignId());
        assertEquals("ANNA10", recorded.getAttribution().getDiscountCode());
        assertEquals(setup.offerVersionId(), recorded.getAttribution().getOfferVersionId());
        assertTrue(
                recorded.getAttribution().getReason().contains("ANNA10"),
                recorded.getAttribution().getReason());
        assertEquals(OrderStatus.ORDER_STATUS_PENDING, recorded.getStatus());
    }

    @Test
    void anOrderInAnotherCurrencyThanTheBrandsIsRefusedAndNothingIsStored() {
        discountCode("DOLLAR10");
        var inDollars =
                order("USD-1", 12_000)
                        .setDiscountCode("DOLLAR10")
                        .setAmount(Money.newBuilder().setAmountMinor(12_000).setCurrency("USD"));

        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> tracking.recordConversion(inDollars.build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(
                "amount.currency USD is not the brand's currency EUR: orders must be in the brand's currency",
                refused.getStatus().getDescription());
        assertEquals(
                0,
                tracking.batchGetOrders(
                                BatchGetOrdersRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addOrderIds("USD-1")
                                        .build())
                        .getOrdersCount());
        var brandId = UUID.fromString(brand);
        assertEquals(0, count("select count(*) from order_daily where brand_id = $1", brandId));
        assertEquals(List.of(), PayoutOutbox.eventsOf(db, brand));

        var inEuros = tracking.recordConversion(order("EUR-1", 12_000).build());
        assertEquals("EUR", inEuros.getAmount().getCurrency());
    }

    /** A click on a new link of the creator, once stored; its id. */
    private String clickOnTheCreatorsLink() throws InterruptedException {
        var link =
                tracking.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(creator)
                                .setDestinationUrl("https://shop.northwind.example/")
                                .build());
        String location =
                given().redirects()
                        .follow(false)
                        .header("User-Agent", "Mozilla/5.0 (iPhone) Safari/604.1")
                        .get("/r/" + link.getCode())
                        .then()
                        .statusCode(302)
                        .extract()
                        .header("Location");
        StoredClicks.of(db, link.getId(), 1);
        return location.substring(location.indexOf("cp_click=") + 9);
    }

    @Test
    void anOrderAfterAClickOnTheCreatorsLinkIsCreditedToTheLastClick() throws Exception {
        String clickId = clickOnTheCreatorsLink();

        var recorded = tracking.recordConversion(order("C-1", 5_000).setClickId(clickId).build());

        assertEquals(
                AttributionRule.ATTRIBUTION_RULE_LAST_CLICK, recorded.getAttribution().getRule());
        assertEquals(creator, recorded.getAttribution().getCreatorId());
        assertEquals(clickId, recorded.getAttribution().getClickId());
        assertEquals(
                30L * 24 * 3600,
                recorded.getAttribution().getWindowEnd().getSeconds()
                        - recorded.getAttribution().getWindowStart().getSeconds());
    }

    @Test
    void anOrderAfterAClickWhileTheCampaignWasPausedIsUnattributedAndEarnsNothing()
            throws Exception {
        CampaignFixtures.moveCampaign(
                brand,
                campaign,
                CampaignStatus.CAMPAIGN_STATUS_ACTIVE,
                CampaignStatus.CAMPAIGN_STATUS_PAUSED);
        String clickId = clickOnTheCreatorsLink();
        CampaignFixtures.moveCampaign(brand, campaign, CampaignStatus.CAMPAIGN_STATUS_ACTIVE);

        var recorded =
                tracking.recordConversion(
                        order("P-1", 5_000).setClickId(clickId).setCompleted(true).build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_UNATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals(
                "unattributed: no discount code, and only clicks while their campaign was paused or ended (1) at or before the"
                        + " order, which never attribute",
                recorded.getAttribution().getReason());
        assertTrue(outbox("P-1").isEmpty(), "nothing billable");
    }

    @Test
    void aClickWhileTheCampaignRanKeepsItsCreditWhenTheCampaignIsPausedBeforeTheOrder()
            throws Exception {
        String clickId = clickOnTheCreatorsLink();
        CampaignFixtures.moveCampaign(
                brand,
                campaign,
                CampaignStatus.CAMPAIGN_STATUS_ACTIVE,
                CampaignStatus.CAMPAIGN_STATUS_PAUSED);

        var recorded = tracking.recordConversion(order("K-1", 5_000).setClickId(clickId).build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_ATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals(clickId, recorded.getAttribution().getClickId());
    }

    @Test
    void anOrderWithADiscountCodeOfAnEndedCampaignIsUnattributedAndEarnsNothing() throws Exception {
        discountCode("OVER10");
        CampaignFixtures.moveCampaign(
                brand,
                campaign,
                CampaignStatus.CAMPAIGN_STATUS_ACTIVE,
                CampaignStatus.CAMPAIGN_STATUS_ENDED);

        var recorded =
                tracking.recordConversion(
                        order("E-1", 5_000).setDiscountCode("OVER10").setCompleted(true).build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_UNATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals(
                "unattributed: discount code OVER10 of creator "
                        + creator
                        + " (campaign "
                        + campaign
                        + ") ignored, as its campaign is ended, and no click of the visitor",
                recorded.getAttribution().getReason());
        assertTrue(outbox("E-1").isEmpty(), "nothing billable");
    }

    @Test
    void anOrderPlacedBeforeTheVisitorsOnlyClickIsUnattributedAndSaysTheClickCameAfter()
            throws Exception {
        String clickId = clickOnTheCreatorsLink();

        var recorded =
                tracking.recordConversion(
                        order("F-1", 5_000)
                                .setClickId(clickId)
                                .setOrderedAt(
                                        WireTypes.timestamp(
                                                Instant.now().minus(Duration.ofHours(1))))
                                .setCompleted(true)
                                .build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_UNATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals(
                "unattributed: no discount code, and the visitor's clicks (1) came after the order and were ignored",
                recorded.getAttribution().getReason());
        assertTrue(outbox("F-1").isEmpty(), "nothing billable");
    }

    @Test
    void anOrderWithNeitherCodeNorClickIsUnattributedAndEarnsNothing() throws Exception {
        var recorded = tracking.recordConversion(order("U-1", 3_000).setCompleted(true).build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_UNATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals(OrderStatus.ORDER_STATUS_COMPLETED, recorded.getStatus());
        assertTrue(outbox("U-1").isEmpty(), "an unattributed order gives payouts nothing");
    }

    @Test
    void aCreatorBuyingWithTheirOwnCodeIsASelfReferralAndEarnsNothing() throws Exception {
        String anna = CampaignFixtures.creator(brand, "anna@trails.example");
        tracking.createDiscountCode(
                CreateDiscountCodeRequest.newBuilder()
                        .setBrandId(brand)
                        .setCode("ANNASELF")
                        .setCreatorId(anna)
                        .setCampaignId(campaign)
                        .build());

        var recorded =
                tracking.recordConversion(
                        order("S-1", 6_000)
                                .setDiscountCode("ANNASELF")
                                .setCustomerEmailHash(EmailHash.of(" Anna@Trails.example "))
                                .setCompleted(true)
                                .build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_SELF_REFERRAL,
                recorded.getAttribution().getOutcome());
        assertEquals(anna, recorded.getAttribution().getCreatorId());
        assertTrue(outbox("S-1").isEmpty(), "a self-referral is recorded, never commissioned");
    }

    @Test
    void anAttributedOrderOfACampaignWithoutAnOfferIsReportedButEarnsNothing() throws Exception {
        tracking.createDiscountCode(
                CreateDiscountCodeRequest.newBuilder()
                        .setBrandId(brand)
                        .setCode("NOOFFER")
                        .setCreatorId(creator)
                        .setCampaignId(CampaignFixtures.campaign(brand))
                        .build());

        var recorded =
                tracking.recordConversion(
                        order("N-1", 9_000).setDiscountCode("NOOFFER").setCompleted(true).build());

        assertEquals(
                AttributionOutcome.ATTRIBUTION_OUTCOME_ATTRIBUTED,
                recorded.getAttribution().getOutcome());
        assertEquals("", recorded.getAttribution().getOfferVersionId());
        assertTrue(outbox("N-1").isEmpty(), "no plan, no commission");
    }

    @Test
    void aRepeatedReportEvenRacingIsTheSameOrderStoredOnce() {
        discountCode("RACE10");
        var request = order("R-1", 4_000).setDiscountCode("RACE10").build();

        var answers =
                IntStream.range(0, 8)
                        .mapToObj(
                                i ->
                                        CompletableFuture.supplyAsync(
                                                () -> tracking.recordConversion(request)))
                        .toList()
                        .stream()
                        .map(CompletableFuture::join)
                        .toList();
        var replay =
                tracking.recordConversion(
                        request.toBuilder()
                                .setAmount(Money.newBuilder().setAmountMinor(1).setCurrency("EUR"))
                                .build());

        assertEquals(
                1L,
                count(
                        "select count(*) from customer_order where brand_id = $1 and order_id = 'R-1'",
                        UUID.fromString(brand)));
        assertTrue(answers.stream().allMatch(a -> a.equals(answers.get(0))));
        assertEquals(4_000, replay.getAmount().getAmountMinor(), "a replay changes nothing");
    }

    @Test
    void completionRefundsAndCancellationReachThePayoutOutboxOnce() throws Exception {
        discountCode("LIFE10");
        tracking.recordConversion(order("L-1", 10_000).setDiscountCode("LIFE10").build());

        status("L-1", OrderStatus.ORDER_STATUS_COMPLETED);
        status("L-1", OrderStatus.ORDER_STATUS_COMPLETED);
        refund("L-1", "rf-1", 2_500);
        refund("L-1", "rf-1", 2_500);
        var afterRefunds = refund("L-1", "rf-2", 1_500);

        assertEquals(4_000, afterRefunds.getRefunded().getAmountMinor());
        assertEquals(2, afterRefunds.getRefundsCount());
        var events = outbox("L-1");
        assertEquals(
                List.of(
                        OrderEventKind.ORDER_EVENT_KIND_COMPLETED,
                        OrderEventKind.ORDER_EVENT_KIND_REFUNDED,
                        OrderEventKind.ORDER_EVENT_KIND_REFUNDED),
                events.stream().map(OrderEvent::getKind).toList());
        assertEquals(brand + ":L-1:refund:rf-1", events.get(1).getEventId());
        assertEquals(2_500, events.get(1).getRefundAmount().getAmountMinor());
        assertEquals(10_000, events.get(0).getOrderAmount().getAmountMinor());
        assertEquals(creator, events.get(0).getCreatorId());
        assertEquals(setup.offerVersionId(), events.get(0).getOfferVersionId());
        assertEquals(1000, events.get(0).getPlan().getRateBasisPoints());
        assertEquals(30, events.get(0).getHoldDays());

        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> status("L-1", OrderStatus.ORDER_STATUS_CANCELLED));
        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
    }

    @Test
    void aRefundBeyondWhatRemainsOrOfAPendingOrderIsRefusedAndStoresNothing() {
        tracking.recordConversion(order("X-1", 1_000).build());
        var pending = assertThrows(StatusRuntimeException.class, () -> refund("X-1", "rf", 100));
        assertEquals(Status.Code.FAILED_PRECONDITION, pending.getStatus().getCode());

        status("X-1", OrderStatus.ORDER_STATUS_COMPLETED);
        refund("X-1", "rf-a", 600);
        var over = assertThrows(StatusRuntimeException.class, () -> refund("X-1", "rf-b", 401));
        assertEquals(Status.Code.FAILED_PRECONDITION, over.getStatus().getCode());
        assertTrue(
                over.getStatus().getDescription().contains("exceeds what remains"),
                over.getStatus().getDescription());
        var reused = assertThrows(StatusRuntimeException.class, () -> refund("X-1", "rf-a", 300));
        assertEquals(Status.Code.ALREADY_EXISTS, reused.getStatus().getCode());

        var order =
                tracking.batchGetOrders(
                                BatchGetOrdersRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addOrderIds("X-1")
                                        .build())
                        .getOrders(0);
        assertEquals(600, order.getRefunded().getAmountMinor());
        assertEquals(1, order.getRefundsCount());
    }

    @Test
    void cancellingACompletedAttributedOrderTellsPayouts() throws Exception {
        discountCode("VOID10");
        tracking.recordConversion(
                order("V-1", 2_000).setDiscountCode("VOID10").setCompleted(true).build());

        var cancelled = status("V-1", OrderStatus.ORDER_STATUS_CANCELLED);

        assertEquals(OrderStatus.ORDER_STATUS_CANCELLED, cancelled.getStatus());
        assertEquals(
                List.of(
                        OrderEventKind.ORDER_EVENT_KIND_COMPLETED,
                        OrderEventKind.ORDER_EVENT_KIND_CANCELLED),
                outbox("V-1").stream().map(OrderEvent::getKind).toList());
    }

    @Test
    void badReportsAreRefusedWithTheFieldNamedAndNothingIsStored() {
        var noAmount =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> tracking.recordConversion(order("B-1", 0).build()));
        assertEquals("amount must be positive", noAmount.getStatus().getDescription());
        var badCurrency =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                tracking.recordConversion(
                                        order("B-2", 10)
                                                .setAmount(
                                                        Money.newBuilder()
                                                                .setAmountMinor(10)
                                                                .setCurrency("EURO"))
                                                .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, badCurrency.getStatus().getCode());
        var noId =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> tracking.recordConversion(order(" ", 10).build()));
        assertEquals("order_id is required", noId.getStatus().getDescription());
        assertEquals(
                0L,
                count(
                        "select count(*) from customer_order where brand_id = $1",
                        UUID.fromString(brand)));
    }

    /**
     * A refusal as INVALID_ARGUMENT whose message starts by naming the field and the rule it broke.
     */
    private static void assertInvalid(String messageStart, Executable call) {
        var refused = assertThrows(StatusRuntimeException.class, call);
        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertTrue(
                refused.getStatus().getDescription().startsWith(messageStart),
                refused.getStatus().getDescription());
    }

    @Test
    void anOrderDatedBeyondTheClockSkewOrTooFarBackIsRefusedWithTheFieldNamedAndNothingIsStored() {
        discountCode("WHEN10");

        assertInvalid(
                "ordered_at is more than 5 minutes in the future",
                () ->
                        tracking.recordConversion(
                                order("T-1", 5_000)
                                        .setDiscountCode("WHEN10")
                                        .setOrderedAt(
                                                WireTypes.timestamp(
                                                        Instant.now().plus(Duration.ofDays(400))))
                                        .build()));
        assertInvalid(
                "ordered_at is more than 30 days in the past",
                () ->
                        tracking.recordConversion(
                                order("T-2", 5_000)
                                        .setDiscountCode("WHEN10")
                                        .setOrderedAt(
                                                WireTypes.timestamp(
                                                        Instant.now().minus(Duration.ofDays(400))))
                                        .build()));
        assertEquals(
                0L,
                count(
                        "select count(*) from customer_order where brand_id = $1",
                        UUID.fromString(brand)));
    }

    @Test
    void aCompletionBeforeItsOrderOrAheadOfTheClockIsRefusedAndNothingIsCredited()
            throws Exception {
        discountCode("DONE10");
        tracking.recordConversion(order("T-3", 5_000).setDiscountCode("DONE10").build());

        assertInvalid(
                "completed_at is before ordered_at",
                () -> complete("T-3", Instant.now().minus(Duration.ofHours(1))));
        assertInvalid(
                "completed_at is more than 5 minutes in the future",
                () -> complete("T-3", Instant.now().plus(Duration.ofDays(400))));
        var order =
                tracking.batchGetOrders(
                                BatchGetOrdersRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addOrderIds("T-3")
                                        .build())
                        .getOrders(0);
        assertEquals(OrderStatus.ORDER_STATUS_PENDING, order.getStatus());
        assertTrue(outbox("T-3").isEmpty(), "nothing credited");
    }

    @Test
    void aCompletionReachesPayoutsWithTheShopsDateAndWhenTrackingRecordedIt() throws Exception {
        discountCode("LATE10");
        Instant orderedAt = Instant.now();
        tracking.recordConversion(
                order("T-4", 5_000)
                        .setDiscountCode("LATE10")
                        .setOrderedAt(WireTypes.timestamp(orderedAt))
                        .build());

        complete("T-4", orderedAt);

        var completion = outbox("T-4").get(0);
        assertEquals(
                orderedAt,
                WireTypes.instant(completion.getOccurredAt()),
                "the completion keeps the shop's date");
        assertTrue(
                completion.hasRecordedAt(),
                "payouts hold it from when it was recorded if that was later");
        assertFalse(WireTypes.instant(completion.getRecordedAt()).isBefore(orderedAt));
    }

    @Test
    void discountCodesAreUniquePerBrandWhateverTheirCase() {
        discountCode("Summer24");
        var duplicate = assertThrows(StatusRuntimeException.class, () -> discountCode("SUMMER24"));
        assertEquals(Status.Code.ALREADY_EXISTS, duplicate.getStatus().getCode());
        var malformed = assertThrows(StatusRuntimeException.class, () -> discountCode("no spaces"));
        assertEquals(Status.Code.INVALID_ARGUMENT, malformed.getStatus().getCode());
    }
}
