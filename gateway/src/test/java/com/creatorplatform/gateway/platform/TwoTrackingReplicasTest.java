package com.creatorplatform.gateway.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.PayoutOutbox;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.PlatformServices.Service;
import com.creatorplatform.gateway.support.ServiceDatabases;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.payout.v1.BatchGetCampaignBudgetsRequest;
import com.creatorplatform.proto.payout.v1.CampaignBudget;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.proto.tracking.v1.TrafficFigures;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two tracking-service processes on one database, as two replicas behind a Service: a visitor whose
 * clicks go through both has one unique click (ADR 0070), and order events reported through both
 * reach payout-service in the order they happened, so the budget cap cuts the credit that came last
 * (ADR 0071), also when a backlog of several batches goes under one lease (ADR 0077).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class TwoTrackingReplicasTest {

    private static final Service SECOND_TRACKING =
            new Service("tracking-service", "tracking", 18292, 19292);
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0";

    private final List<ManagedChannel> channels = new ArrayList<>();

    @AfterEach
    void close() {
        channels.forEach(ManagedChannel::shutdownNow);
    }

    @Test
    void uniqueClicksAndTheBudgetCapComeOutAsWithOneReplica() throws Exception {
        try (ServiceProcess second = PlatformServices.replica(SECOND_TRACKING)) {
            var brand = Tenants.newBrand();
            var tracking = TrackingServiceGrpc.newBlockingStub(open(PlatformServices.TRACKING));
            var api = new CampaignApi(open(PlatformServices.CAMPAIGN));
            var story =
                    CampaignStory.begin(
                            api, tracking, brand, "Two replicas", 1000, ShopActivity.eur(5_000));
            String first = story.shortlisted("Ada Replica");
            String later = story.shortlisted("Bo Replica");

            aVisitorThroughBothReplicasHasOneUniqueClick(story, first);
            theCapCutsTheLastCreditWhicheverReplicaRelays(story, first, later);
            aBacklogOfSeveralBatchesIsSpentInTheOutboxsOrder(api, tracking);
        }
    }

    private void aVisitorThroughBothReplicasHasOneUniqueClick(CampaignStory story, String creator) {
        String code = story.link(creator, "", "");
        String visitor = redirect(PlatformServices.TRACKING, code, null).extract().cookie("cp_vid");
        redirect(SECOND_TRACKING, code, visitor);
        redirect(PlatformServices.TRACKING, code, visitor);
        redirect(SECOND_TRACKING, code, visitor);
        ShopActivity.awaitClicks(story.tracking(), story.brand().brandId(), 4);

        // Four clicks within seconds: only the first is unique, whichever replica stored it.
        assertEquals(1, todaysTraffic(story).getUniqueClicks());
    }

    /**
     * Cap 50.00 at 10 %: order A (300.00) earns 30.00, half of it is refunded (-15.00), then order
     * B (400.00) would earn 40.00 and is cut to the 35.00 left. Relayed out of order (A's
     * completion after the others) the cap would cut A instead and the refund would take back less:
     * 45.00 committed.
     */
    private void theCapCutsTheLastCreditWhicheverReplicaRelays(
            CampaignStory story, String creatorOfA, String creatorOfB) throws SQLException {
        String brandId = story.brand().brandId();
        var one = shop(PlatformServices.TRACKING, brandId);
        var two = shop(SECOND_TRACKING, brandId);
        String codeOfA = discountCode(story, creatorOfA, "ADA10");
        String codeOfB = discountCode(story, creatorOfB, "BO10");

        try (Connection db = ServiceDatabases.open("tracking")) {
            // A third relayer holding the lease, then A's completion: neither replica may send
            // anything meanwhile, nor skip A's completion to send what came after it.
            db.setAutoCommit(false);
            try (var lease = db.createStatement()) {
                lease.execute(
                        "select pg_advisory_xact_lock(hashtextextended('tracking.outbox-relay.payout', 0))");
            }
            complete(one, brandId, "A", 30_000, codeOfA);
            try (var holdA =
                    db.prepareStatement(
                            "select id from outbox_batch where delivered_at is null for update")) {
                holdA.executeQuery().close();
            }
            two.recordRefund(
                    RecordRefundRequest.newBuilder()
                            .setBrandId(brandId)
                            .setOrderId("A")
                            .setRefundId("A-R1")
                            .setAmount(ShopActivity.eur(15_000))
                            .build());
            complete(two, brandId, "B", 40_000, codeOfB);
            db.commit();
        }

        var payouts = PayoutServiceGrpc.newBlockingStub(open(PlatformServices.PAYOUT));
        var budget =
                await("both replicas' events applied by payout-service")
                        .atMost(Duration.ofSeconds(20))
                        .pollInterval(Duration.ofMillis(200))
                        .until(
                                () -> budget(payouts, brandId, story.campaignId()),
                                b -> b.getStoppedCredits() > 0);
        assertEquals(
                List.of(5_000L, 1, 500L),
                List.of(
                        budget.getCommitted(0).getAmountMinor(),
                        budget.getStoppedCredits(),
                        budget.getWithheld(0).getAmountMinor()),
                "committed, credits cut and withheld");
        assertEquals(
                1_500,
                ShopActivity.owed(payouts, brandId, creatorOfA),
                "A: 30.00 less half refunded");
        assertEquals(
                3_500, ShopActivity.owed(payouts, brandId, creatorOfB), "B: what the cap left");
    }

    /**
     * 1,100 orders of 10.00 at 10 % wait behind a held lease: three batches, relayed under one
     * lease while the next batch is read ahead. The cap of 750.50 grants the first 750 orders in
     * the outbox's order 1.00 each, cuts the 751st (in the second batch) to 0.50 and stops every
     * later one: any batch overtaking another would move the stop.
     */
    private void aBacklogOfSeveralBatchesIsSpentInTheOutboxsOrder(
            CampaignApi api, TrackingServiceBlockingStub tracking) throws SQLException {
        var brand = Tenants.newBrand();
        var story =
                CampaignStory.begin(
                        api, tracking, brand, "Backlog", 1000, ShopActivity.eur(75_050));
        String brandId = brand.brandId();
        String code = discountCode(story, story.shortlisted("Cy Backlog"), "CY10");
        var replicas =
                List.of(shop(PlatformServices.TRACKING, brandId), shop(SECOND_TRACKING, brandId));
        int orders = 1_100;

        try (Connection db = ServiceDatabases.open("tracking")) {
            db.setAutoCommit(false);
            try (var lease = db.createStatement()) {
                lease.execute(
                        "select pg_advisory_xact_lock(hashtextextended('tracking.outbox-relay.payout', 0))");
            }
            for (int i = 0; i < orders; i++) {
                complete(replicas.get(i % 2), brandId, "backlog-" + i, 1_000, code);
            }
            db.commit();
        }

        await("the backlog relayed")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(PayoutOutbox::undeliveredBatches, waiting -> waiting == 0);
        List<String> outboxOrder =
                PayoutOutbox.batchedEventsOf(brandId).stream().map(OrderEvent::getEventId).toList();
        Map<String, Long> credited = new HashMap<>();
        ServiceDatabases.query(
                        "payout",
                        "select event_id, amount_minor from ledger_entry where brand_id = ?::uuid",
                        row -> Map.entry(row.getString(1), row.getLong(2)),
                        brandId)
                .forEach(entry -> credited.put(entry.getKey(), entry.getValue()));
        assertEquals(orders, outboxOrder.size(), "one completion event per order");
        List<Long> inOutboxOrder =
                outboxOrder.stream().map(event -> credited.getOrDefault(event, 0L)).toList();
        assertEquals(Collections.nCopies(750, 100L), inOutboxOrder.subList(0, 750));
        assertEquals(50L, inOutboxOrder.get(750), "the 751st order gets what the cap left");
        assertEquals(
                Collections.nCopies(orders - 751, 0L),
                inOutboxOrder.subList(751, orders),
                "every later order is stopped");
        var budget =
                budget(
                        PayoutServiceGrpc.newBlockingStub(open(PlatformServices.PAYOUT)),
                        brandId,
                        story.campaignId());
        assertEquals(75_050L, budget.getCommitted(0).getAmountMinor());
        assertEquals(orders - 750, budget.getStoppedCredits());
    }

    private ManagedChannel open(Service service) {
        var channel = PlatformServices.channel(service);
        channels.add(channel);
        return channel;
    }

    /** The shop's order pipeline, speaking to one replica with its brand-bound service account. */
    private TrackingServiceBlockingStub shop(Service replica, String brandId) {
        var channel =
                ManagedChannelBuilder.forAddress("127.0.0.1", replica.grpcPort())
                        .usePlaintext()
                        .build();
        channels.add(channel);
        return Callers.as(
                CallerIdentity.brandService("shop-pipeline-" + brandId.substring(0, 8), brandId),
                TrackingServiceGrpc.newBlockingStub(channel));
    }

    private static String discountCode(CampaignStory story, String creatorId, String code) {
        story.tracking()
                .createDiscountCode(
                        CreateDiscountCodeRequest.newBuilder()
                                .setBrandId(story.brand().brandId())
                                .setCode(code)
                                .setCreatorId(creatorId)
                                .setCampaignId(story.campaignId())
                                .build());
        return code;
    }

    private static void complete(
            TrackingServiceBlockingStub shop,
            String brandId,
            String orderId,
            long amountMinor,
            String code) {
        shop.recordConversion(
                RecordConversionRequest.newBuilder()
                        .setBrandId(brandId)
                        .setOrderId(orderId)
                        .setAmount(ShopActivity.eur(amountMinor))
                        .setOrderedAt(WireTypes.timestamp(Instant.now()))
                        .setDiscountCode(code)
                        .setCompleted(true)
                        .build());
    }

    private static ValidatableResponse redirect(Service replica, String code, String visitor) {
        var request =
                given().baseUri("http://127.0.0.1")
                        .port(replica.httpPort())
                        .redirects()
                        .follow(false)
                        .header("User-Agent", BROWSER);
        if (visitor != null) {
            request.cookie("cp_vid", visitor);
        }
        return request.get("/r/" + code).then().statusCode(302);
    }

    private static TrafficFigures todaysTraffic(CampaignStory story) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return story.tracking()
                .getReport(
                        GetReportRequest.newBuilder()
                                .setFilter(
                                        ReportFilter.newBuilder()
                                                .setBrandId(story.brand().brandId())
                                                .setDates(
                                                        DateRange.newBuilder()
                                                                .setFrom(today)
                                                                .setTo(today)))
                                .build())
                .getRows(0)
                .getTraffic();
    }

    private static CampaignBudget budget(
            PayoutServiceGrpc.PayoutServiceBlockingStub payouts,
            String brandId,
            String campaignId) {
        return payouts.batchGetCampaignBudgets(
                        BatchGetCampaignBudgetsRequest.newBuilder()
                                .setBrandId(brandId)
                                .addCampaignIds(campaignId)
                                .build())
                .getBudgets(0);
    }
}
