package com.creatorplatform.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.GraphQLSocket;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A month's payouts through GraphQL against the real services: the brand runs, approves, exports
 * and pays October; the creator sees the same figures on `me`. October's order events are handed to
 * payout-service as tracking-service's relay would (tracking only records orders as they happen).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayoutGraphQLTest {

    static final String RUN_FIELDS =
            "run { id period status minimumPayout { amount } actor statements { id creatorId total { amount } "
                    + "carriedForward } }";
    static final String START =
            "mutation { startPayoutRun(input: { period: \"2026-10\" }) { " + RUN_FIELDS + " } }";
    static final String RUN =
            "query($id: ID!) { payoutRun(id: $id) { "
                    + RUN_FIELDS.substring("run { ".length(), RUN_FIELDS.length() - 2)
                    + " progress { creatorsDone creatorsTotal } } }";
    static final String PROGRESS =
            "subscription { payoutRunProgress(runId: \"%s\") { id status progress { creatorsDone creatorsTotal } } }";
    static final String APPROVE =
            "mutation($id: ID!) { approvePayoutRun(input: { runId: $id }) { " + RUN_FIELDS + " } }";
    static final String PAID =
            "mutation($id: ID!) { markPayoutRunPaid(input: { runId: $id }) { "
                    + RUN_FIELDS
                    + " } }";
    static final String EXPORT =
            "query($id: ID!) { payoutRunExport(runId: $id) { fileName contentType csv } }";
    static final String RUNS =
            "query { payoutRuns { nodes { id period status } pageInfo { hasNextPage } } }";
    static final String ME =
            "query { me { earnings { pending { amount } payable { amount } paid { amount } total { amount } } "
                    + "statements { nodes { id total { amount } carriedForward lines { kind amount { amount } orderId cause } } } } }";

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel payoutChannel = PlatformServices.channel(PlatformServices.PAYOUT);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);

    Tenants brand;
    Tenants otherBrand;
    String campaignId;
    String ada;
    String adaToken;
    String bo;

    @AfterAll
    void close() {
        List.of(campaignChannel, payoutChannel, trackingChannel)
                .forEach(ManagedChannel::shutdownNow);
    }

    /**
     * October at 10 %, hold 7 days, minimum payout 50.00: Ada sells 1,000.00 (100.00) and 200.00 of
     * it is refunded (-20.00): 80.00. Bo sells 300.00: 30.00, under the minimum, carried forward.
     */
    @BeforeAll
    void october() {
        brand = Tenants.newBrand();
        otherBrand = Tenants.newBrand();
        var api = new CampaignApi(campaignChannel);
        campaignId =
                api.campaigns()
                        .createCampaign(
                                CreateCampaignRequest.newBuilder()
                                        .setBrandId(brand.brandId())
                                        .setName("October")
                                        .setLandingUrl("https://northwind.example/")
                                        .setStartsOn("2026-10-01")
                                        .build())
                        .getId();
        String adaEmail = "ada-" + UUID.randomUUID() + "@creators.example";
        ada =
                api.creators()
                        .createCreator(
                                CreateCreatorRequest.newBuilder()
                                        .setBrandId(brand.brandId())
                                        .setName("Ada")
                                        .setEmail(adaEmail)
                                        .setCountry("DE")
                                        .build())
                        .getId();
        String membership =
                api.memberships()
                        .shortlist(
                                ShortlistRequest.newBuilder()
                                        .setBrandId(brand.brandId())
                                        .setCampaignId(campaignId)
                                        .setCreatorId(ada)
                                        .build())
                        .getId();
        api.memberships()
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setMembershipId(membership)
                                .setMessage("Hi Ada")
                                .build());
        adaToken = Tenants.onboardCreator(ada, adaEmail, membership);
        bo = UUID.randomUUID().toString();

        PayoutServiceGrpc.newBlockingStub(payoutChannel)
                .applyOrderEvents(
                        ApplyOrderEventsRequest.newBuilder()
                                .addEvents(
                                        event(
                                                ada,
                                                "O-1",
                                                OrderEventKind.ORDER_EVENT_KIND_COMPLETED,
                                                100_000,
                                                0,
                                                "2026-10-05T10:00:00Z"))
                                .addEvents(
                                        event(
                                                ada,
                                                "O-1",
                                                OrderEventKind.ORDER_EVENT_KIND_REFUNDED,
                                                100_000,
                                                20_000,
                                                "2026-10-10T10:00:00Z"))
                                .addEvents(
                                        event(
                                                bo,
                                                "O-2",
                                                OrderEventKind.ORDER_EVENT_KIND_COMPLETED,
                                                30_000,
                                                0,
                                                "2026-10-06T10:00:00Z"))
                                .build());
    }

    @Test
    @Order(1)
    void aBrandRunsApprovesExportsAndPaysOctoberOnceAndTheCreatorSeesTheSameFigures() {
        String admin = brand.adminToken();

        var viewer = GraphQL.post(brand.viewerToken(), START);
        assertEquals("FORBIDDEN", viewer.getString("errors[0].extensions.code"));

        var started = GraphQL.ok(admin, START);
        String runId = started.getString("data.startPayoutRun.run.id");
        assertEquals("COMPUTING", started.getString("data.startPayoutRun.run.status"));

        var states = watchToTheEnd(admin, runId);
        var last = states.get(states.size() - 1);
        assertEquals(runId, last.getString("id"));
        assertEquals("DRAFT", last.getString("status"));
        assertEquals(
                new JsonObject().put("creatorsDone", 2).put("creatorsTotal", 2),
                last.getJsonObject("progress"));

        var draft = GraphQL.ok(brand.viewerToken(), RUN, Map.of("id", runId));
        String run = "data.payoutRun";
        assertEquals("DRAFT", draft.getString(run + ".status"));
        assertEquals(2, draft.getInt(run + ".progress.creatorsDone"));
        assertEquals("50.00", draft.getString(run + ".minimumPayout.amount"));
        assertEquals(Map.of(ada, "80.00", bo, "30.00"), totals(draft, run));
        assertEquals(Map.of(ada, false, bo, true), carried(draft, run));
        assertEquals(
                runId,
                GraphQL.ok(admin, START).getString("data.startPayoutRun.run.id"),
                "starting it again returns the same run");
        assertNull(
                GraphQL.ok(otherBrand.adminToken(), RUN, Map.of("id", runId)).get("data.payoutRun"),
                "another brand does not see it");

        var early = GraphQL.post(admin, EXPORT, Map.of("id", runId));
        assertEquals("FAILED_PRECONDITION", early.getString("errors[0].extensions.code"));

        assertEquals(
                "APPROVED",
                GraphQL.ok(admin, APPROVE, Map.of("id", runId))
                        .getString("data.approvePayoutRun.run.status"));
        var export = GraphQL.ok(admin, EXPORT, Map.of("id", runId));
        String adaStatement =
                GraphQL.ok(admin, PAID, Map.of("id", runId))
                        .getString(
                                "data.markPayoutRunPaid.run.statements.find { it.creatorId == '"
                                        + ada
                                        + "' }.id");
        assertEquals("text/csv", export.getString("data.payoutRunExport.contentType"));
        assertEquals(
                "creator_id,amount,currency,statement_id\r\n"
                        + ada
                        + ",80.00,EUR,"
                        + adaStatement
                        + "\r\n",
                export.getString("data.payoutRunExport.csv"));

        var again = GraphQL.post(admin, PAID, Map.of("id", runId));
        assertEquals(
                "FAILED_PRECONDITION",
                again.getString("errors[0].extensions.code"),
                "a paid run is never paid twice");
        assertEquals(
                List.of("PAID"),
                GraphQL.ok(brand.viewerToken(), RUNS).getList("data.payoutRuns.nodes.status"));
        assertEquals(
                List.of(),
                GraphQL.ok(otherBrand.adminToken(), RUNS).getList("data.payoutRuns.nodes"));

        // Ada on the mobile app: 80.00 paid; her statement's lines trace to her order.
        var me = GraphQL.ok(adaToken, ME);
        assertEquals("80.00", me.getString("data.me.earnings[0].paid.amount"));
        assertEquals("0.00", me.getString("data.me.earnings[0].payable.amount"));
        assertEquals("0.00", me.getString("data.me.earnings[0].pending.amount"));
        assertEquals(List.of(adaStatement), me.getList("data.me.statements.nodes.id"));
        assertEquals("80.00", me.getString("data.me.statements.nodes[0].total.amount"));
        assertEquals(
                List.of("ACCRUAL", "REVERSAL"),
                me.getList("data.me.statements.nodes[0].lines.kind"));
        assertEquals(
                List.of("100.00", "-20.00"),
                me.getList("data.me.statements.nodes[0].lines.amount.amount"));
        assertEquals(
                List.of("O-1", "O-1"), me.getList("data.me.statements.nodes[0].lines.orderId"));

        var stranger = GraphQL.ok(Tenants.newCreatorToken(), ME);
        assertEquals(List.of(), stranger.getList("data.me.earnings"));
        assertEquals(List.of(), stranger.getList("data.me.statements.nodes"));
        assertNull(GraphQL.post(adaToken, RUNS).get("data"), "creators see no brand runs");
    }

    /** Last: it earns Ada a new commission. */
    @Test
    @Order(2)
    void aCreatorsSubscriptionReceivesTheCommissionOfAnOrderAsSoonAsItIsRecorded()
            throws Exception {
        var api = new CampaignApi(campaignChannel);
        api.offers()
                .publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setPlan(
                                        CommissionPlan.newBuilder()
                                                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                                .setRateBasisPoints(1000)
                                                .setTierMode(TierMode.TIER_MODE_NONE))
                                .build());
        var tracking = TrackingServiceGrpc.newBlockingStub(trackingChannel);
        tracking.createDiscountCode(
                CreateDiscountCodeRequest.newBuilder()
                        .setBrandId(brand.brandId())
                        .setCode("ADA-LIVE")
                        .setCreatorId(ada)
                        .setCampaignId(campaignId)
                        .build());

        int watchersBefore = payoutWatchers();
        // As a browser opens it: no header on the upgrade, the token in connection_init.
        try (var socket = GraphQLSocket.open(null)) {
            socket.init(Map.of("Authorization", "Bearer " + adaToken));
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.subscribe(
                    "1",
                    "subscription { myEarnings { entry { kind amount { amount } orderId } earnings { pending { amount } } } }");
            awaitPayoutWatchers(
                    watchersBefore + 1); // the gateway has opened its stream from payout-service

            tracking.recordConversion(
                    RecordConversionRequest.newBuilder()
                            .setBrandId(brand.brandId())
                            .setOrderId("LIVE-1")
                            .setAmount(eur(45_000))
                            .setOrderedAt(WireTypes.timestamp(Instant.now()))
                            .setDiscountCode("ADA-LIVE")
                            .setCompleted(true)
                            .build());

            JsonObject next = socket.next();
            assertEquals("next", next.getString("type"), next.encode());
            var update =
                    next.getJsonObject("payload").getJsonObject("data").getJsonObject("myEarnings");
            assertEquals("ACCRUAL", update.getJsonObject("entry").getString("kind"));
            assertEquals(
                    "45.00",
                    update.getJsonObject("entry").getJsonObject("amount").getString("amount"),
                    "10 % of 450.00");
            assertEquals("LIVE-1", update.getJsonObject("entry").getString("orderId"));
            assertEquals(
                    "45.00",
                    update.getJsonArray("earnings")
                            .getJsonObject(0)
                            .getJsonObject("pending")
                            .getString("amount"),
                    "in its hold");
        }
    }

    /**
     * The run's states from the payoutRunProgress subscription, until the gateway completes it (the
     * run is no longer COMPUTING).
     */
    private static List<JsonObject> watchToTheEnd(String token, String runId) {
        var states = new ArrayList<JsonObject>();
        try (var socket = GraphQLSocket.open(null)) {
            socket.init(Map.of("Authorization", "Bearer " + token));
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.subscribe("run", PROGRESS.formatted(runId));
            for (JsonObject message = socket.next();
                    !"complete".equals(message.getString("type"));
                    message = socket.next()) {
                assertEquals("next", message.getString("type"), message.encode());
                states.add(
                        message.getJsonObject("payload")
                                .getJsonObject("data")
                                .getJsonObject("payoutRunProgress"));
            }
        }
        return states;
    }

    /** Open live-earnings watches on payout-service, from its metrics. */
    private static int payoutWatchers() {
        return given().baseUri("http://127.0.0.1")
                .port(PlatformServices.PAYOUT.managementPort())
                .get("/q/metrics")
                .asString()
                .lines()
                .filter(line -> line.startsWith("payout_live_watchers"))
                .mapToInt(
                        line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    private static void awaitPayoutWatchers(int watchers) {
        await("live-earnings watches open on payout-service")
                .atMost(Duration.ofSeconds(10))
                .until(PayoutGraphQLTest::payoutWatchers, open -> open == watchers);
    }

    private static Map<Object, Object> totals(
            io.restassured.path.json.JsonPath answer, String run) {
        return answer.getMap(
                run + ".statements.collectEntries { [it.creatorId, it.total.amount] }");
    }

    private static Map<Object, Object> carried(
            io.restassured.path.json.JsonPath answer, String run) {
        return answer.getMap(
                run + ".statements.collectEntries { [it.creatorId, it.carriedForward] }");
    }

    private OrderEvent event(
            String creator,
            String order,
            OrderEventKind kind,
            long amountMinor,
            long refundMinor,
            String at) {
        var event =
                OrderEvent.newBuilder()
                        .setEventId(brand.brandId() + "/" + order + "/" + kind + "/" + at)
                        .setBrandId(brand.brandId())
                        .setOrderId(order)
                        .setCreatorId(creator)
                        .setCampaignId(campaignId)
                        .setOfferVersionId(UUID.nameUUIDFromBytes(campaignId.getBytes()).toString())
                        .setKind(kind)
                        .setOrderAmount(eur(amountMinor))
                        .setOccurredAt(WireTypes.timestamp(Instant.parse(at)))
                        .setHoldDays(7)
                        .setPlan(
                                CommissionPlan.newBuilder()
                                        .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                        .setRateBasisPoints(1000)
                                        .setTierMode(TierMode.TIER_MODE_NONE));
        return (refundMinor > 0 ? event.setRefundAmount(eur(refundMinor)) : event).build();
    }

    private static Money eur(long minor) {
        return Money.newBuilder().setAmountMinor(minor).setCurrency("EUR").build();
    }
}
