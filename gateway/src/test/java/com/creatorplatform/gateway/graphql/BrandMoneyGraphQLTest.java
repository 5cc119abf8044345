package com.creatorplatform.gateway.graphql;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.GrpcCallCounter;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.PostFormat;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A brand's money through GraphQL over HTTP, for two brands in two currencies (ADR 0050): each
 * order's commission, the ledger with its totals, the budget stop, goal progress in money and
 * publications, an order in a foreign currency refused, and neither brand seeing the other's.
 *
 * <p>Northwind (EUR) pays 10 % with a budget cap of 25.00: an order of 100.00 (10.00), one of
 * 200.00 (20.00 wanted, 15.00 granted: the cap withholds 5.00), 50.00 of the first refunded
 * (-5.00), and an adjustment of 3.00 by hand. Its orders may not be in USD. Yankee (USD) pays 10 %
 * on an order of 50.00 (5.00).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class BrandMoneyGraphQLTest {

    private static final String LEDGER =
            """
            query($campaign: ID, $creator: ID, $first: Int, $after: String) {
              ledger(campaignId: $campaign, creatorId: $creator, first: $first, after: $after) {
                totals { pending { amount currency } payable { amount } paid { amount } total { amount } }
                nodes { kind amount { amount currency } cause orderId campaignId reason }
                pageInfo { hasNextPage endCursor }
              } }""";

    private static final String TRANSACTIONS =
            """
            query($f: ReportFilterInput!) { transactions(filter: $f) {
              nodes { orderId amount { amount currency } refunded { amount } commission { amount currency } } } }""";

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final CampaignApi api = new CampaignApi(campaignChannel);
    private final TrackingServiceBlockingStub tracking =
            TrackingServiceGrpc.newBlockingStub(trackingChannel);

    Tenants northwind;
    Tenants yankee;
    String euCampaign;
    String usCampaign;
    String anna;
    boolean settled;

    @AfterAll
    void close() {
        List.of(campaignChannel, trackingChannel).forEach(ManagedChannel::shutdownNow);
    }

    @BeforeAll
    void story() {
        northwind = Tenants.newBrand("EUR");
        yankee = Tenants.newBrand("USD");
        euCampaign = campaign(northwind, ShopActivity.eur(2_500));
        usCampaign = campaign(yankee, null);
        anna = northwind.activeMember(euCampaign, "Anna");
        String bob = yankee.activeMember(usCampaign, "Bob");
        String annaCode = code(northwind, euCampaign, anna);
        String bobCode = code(yankee, usCampaign, bob);

        ShopActivity.order(tracking, northwind.brandId(), "E-1", 10_000, "", annaCode);
        ShopActivity.order(tracking, northwind.brandId(), "E-2", 20_000, "", annaCode);
        tracking.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(northwind.brandId())
                        .setOrderId("E-1")
                        .setRefundId("E-1-r1")
                        .setAmount(ShopActivity.eur(5_000))
                        .build());
        ShopActivity.order(
                tracking, yankee.brandId(), "U-1", ShopActivity.money(5_000, "USD"), "", bobCode);
    }

    /**
     * Once, before the first test (GraphQL answers only once the test's gateway is up): waits for
     * the relay to bring every order to payout-service, then records the adjustment.
     */
    @BeforeEach
    void settled() {
        if (settled) {
            return;
        }
        await("the outbox relay brought every order to payout-service")
                .atMost(Duration.ofSeconds(15))
                .until(() -> total(northwind, euCampaign).equals("20.00"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> total(yankee, usCampaign).equals("5.00"));
        GraphQL.ok(
                northwind.adminToken(),
                "mutation($input: RecordAdjustmentInput!) { recordAdjustment(input: $input) { entry { id } } }",
                Map.of(
                        "input",
                        Map.of(
                                "creatorId",
                                anna,
                                "amount",
                                Map.of("amountMinor", 300, "currency", "EUR"),
                                "reason",
                                "shipping costs",
                                "idempotencyKey",
                                "adj-1")));
        settled = true;
    }

    @Test
    void anOrderInAnotherCurrencyThanTheBrandsIsRefusedAndAppearsNowhere() {
        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                ShopActivity.order(
                                        tracking,
                                        northwind.brandId(),
                                        "E-USD",
                                        ShopActivity.money(9_900, "USD"),
                                        "",
                                        ""));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(
                "amount.currency USD is not the brand's currency EUR: orders must be in the brand's currency",
                refused.getStatus().getDescription());
        var found =
                GraphQL.ok(
                        northwind.viewerToken(),
                        "{ orders(orderIds: [\"E-1\", \"E-USD\"]) { orderId } }");
        assertEquals(List.of("E-1"), found.getList("data.orders.orderId"));
        var report =
                GraphQL.ok(
                        northwind.viewerToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f) { orders revenue { amount currency } } }",
                        Map.of("f", soFar(List.of())));
        assertEquals(List.of(2), report.getList("data.report.orders"));
        assertEquals(List.of("300.00"), report.getList("data.report.revenue.amount"));
        assertEquals(List.of("EUR"), report.getList("data.report.revenue.currency"));
    }

    /**
     * A brand in Los Angeles (set through GraphQL): an order at 01:30 UTC is the previous day's
     * evening there, and the brand's report and transactions by day say so.
     */
    @Test
    void reportDaysAreDaysInTheTimeZoneTheBrandSet() {
        var pacific = Tenants.newBrand("EUR");
        var zoned =
                GraphQL.ok(
                        pacific.adminToken(),
                        "mutation { updateBrandSettings(input: { timeZone: \"America/Los_Angeles\" }) { timeZone } }");
        assertEquals("America/Los_Angeles", zoned.getString("data.updateBrandSettings.timeZone"));
        String campaign = campaign(pacific, null);
        String code = code(pacific, campaign, pacific.activeMember(campaign, "Lou"));
        LocalDate utcDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate localDay = utcDay.minusDays(1);
        tracking.recordConversion(
                RecordConversionRequest.newBuilder()
                        .setBrandId(pacific.brandId())
                        .setOrderId("P-1")
                        .setAmount(ShopActivity.eur(4_200))
                        .setOrderedAt(
                                WireTypes.timestamp(utcDay.atTime(1, 30).toInstant(ZoneOffset.UTC)))
                        .setDiscountCode(code)
                        .setCompleted(true)
                        .build());

        Map<String, Object> days = Map.of("from", localDay.toString(), "to", utcDay.toString());
        var report =
                GraphQL.ok(
                        pacific.viewerToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f, groupBy: [DAY]) { day orders revenue { amount } } }",
                        Map.of("f", days));
        assertEquals(List.of(localDay.toString()), report.getList("data.report.day"));
        assertEquals(List.of(1), report.getList("data.report.orders"));
        assertEquals(List.of("42.00"), report.getList("data.report.revenue.amount"));
        var onTheUtcDay =
                GraphQL.ok(
                        pacific.viewerToken(),
                        TRANSACTIONS,
                        Map.of("f", Map.of("from", utcDay.toString(), "to", utcDay.toString())));
        assertEquals(List.of(), onTheUtcDay.getList("data.transactions.nodes.orderId"));
    }

    @Test
    void eachOrderShowsItsCommissionInTheBrandsCurrencyReadInOneCallForThePage() {
        GrpcCallCounter.reset();
        var eu =
                GraphQL.ok(
                        northwind.viewerToken(),
                        TRANSACTIONS,
                        Map.of("f", soFar(List.of(euCampaign))));
        var euCalls = GrpcCallCounter.snapshot();
        GrpcCallCounter.reset();
        var us = GraphQL.ok(yankee.viewerToken(), TRANSACTIONS, Map.of("f", soFar(List.of())));
        var usCalls = GrpcCallCounter.snapshot();

        String nodes = "data.transactions.nodes";
        assertEquals(List.of("E-2", "E-1"), eu.getList(nodes + ".orderId"));
        assertEquals(List.of("0.00", "50.00"), eu.getList(nodes + ".refunded.amount"));
        // E-2: the 15.00 the cap left; E-1: 10.00 less the refunded half's 5.00.
        assertEquals(List.of("15.00", "5.00"), eu.getList(nodes + ".commission.amount"));
        assertEquals(List.of("EUR", "EUR"), eu.getList(nodes + ".commission.currency"));
        assertEquals(List.of("U-1"), us.getList(nodes + ".orderId"));
        assertEquals(
                List.of(Map.of("amount", "5.00", "currency", "USD")),
                us.getList(nodes + ".commission"));
        assertEquals(
                Map.of("ListTransactionDetails", 1, "BatchGetOrderCommissions", 1),
                euCalls,
                "one read of commissions for the page");
        assertEquals(euCalls, usCalls, "the same calls for one order as for two");
    }

    @Test
    void theBrandReadsItsLedgerWithCausesTotalsAndPages() {
        var all = ledger(northwind, Map.of());
        var firstPage = ledger(northwind, Map.of("first", 1));
        var rest =
                ledger(
                        northwind,
                        Map.of(
                                "first",
                                10,
                                "after",
                                firstPage.getString("data.ledger.pageInfo.endCursor")));

        // Orders' money is held 30 days: pending; the adjustment is payable at once.
        assertEquals(
                Map.of(
                        "pending",
                        Map.of("amount", "20.00", "currency", "EUR"),
                        "payable",
                        Map.of("amount", "3.00"),
                        "paid",
                        Map.of("amount", "0.00"),
                        "total",
                        Map.of("amount", "23.00")),
                all.getMap("data.ledger.totals[0]"));
        assertEquals(1, all.getList("data.ledger.totals").size());
        String nodes = "data.ledger.nodes";
        assertEquals("ADJUSTMENT", all.getString(nodes + "[0].kind"));
        assertEquals("shipping costs", all.getString(nodes + "[0].reason"));
        assertEquals(
                List.of("ACCRUAL 10.00 E-1", "ACCRUAL 15.00 E-2", "REVERSAL -5.00 E-1"),
                all.<Map<String, Object>>getList(nodes).stream()
                        .skip(1)
                        .map(n -> n.get("kind") + " " + amount(n) + " " + n.get("orderId"))
                        .sorted()
                        .toList());
        assertEquals(
                List.of(euCampaign, euCampaign, euCampaign),
                all.getList(nodes + ".campaignId").subList(1, 4));
        assertEquals(
                all.getList(nodes + ".cause").subList(0, 1), firstPage.getList(nodes + ".cause"));
        assertEquals(all.getList(nodes + ".cause").subList(1, 4), rest.getList(nodes + ".cause"));
        assertEquals(false, rest.getBoolean("data.ledger.pageInfo.hasNextPage"));

        var ofCampaign = ledger(northwind, Map.of("campaign", euCampaign));
        assertEquals(3, ofCampaign.getList(nodes).size(), "the adjustment spends no budget");
        assertEquals("20.00", ofCampaign.getString("data.ledger.totals[0].total.amount"));
        var ofAnna = ledger(northwind, Map.of("creator", anna));
        assertEquals("23.00", ofAnna.getString("data.ledger.totals[0].total.amount"));
    }

    @Test
    void theCampaignShowsWhatItsBudgetCapWithheldAndWhen() {
        var answer =
                GraphQL.ok(
                        northwind.viewerToken(),
                        "query($id: ID!) { campaign(id: $id) { budgetCap { amount } budget {"
                                + " committed { amount currency } withheld { amount currency } stoppedCredits firstStoppedAt } } }",
                        Map.of("id", euCampaign));

        String budget = "data.campaign.budget";
        assertEquals("25.00", answer.getString("data.campaign.budgetCap.amount"));
        assertEquals(
                List.of(Map.of("amount", "20.00", "currency", "EUR")),
                answer.getList(budget + ".committed"));
        assertEquals(
                List.of(Map.of("amount", "5.00", "currency", "EUR")),
                answer.getList(budget + ".withheld"));
        assertEquals(1, answer.getInt(budget + ".stoppedCredits"));
        assertNotNull(Instant.parse(answer.getString(budget + ".firstStoppedAt")));
    }

    @Test
    void goalsCountRevenueAsMoneyInTheCampaignsCurrencyAndPublishedPostsFromTheCalendar() {
        GraphQL.ok(
                northwind.adminToken(),
                "mutation($input: SetCampaignGoalsInput!) { setCampaignGoals(input: $input) { campaign { id } } }",
                Map.of(
                        "input",
                        Map.of(
                                "campaignId",
                                euCampaign,
                                "goals",
                                List.of(
                                        Map.of(
                                                "metric",
                                                "REVENUE",
                                                "target",
                                                Map.of(
                                                        "money",
                                                        Map.of(
                                                                "amountMinor",
                                                                100_000,
                                                                "currency",
                                                                "EUR"))),
                                        Map.of(
                                                "metric",
                                                "PUBLISHED_POSTS",
                                                "target",
                                                Map.of("count", 2))))));
        publishedPost(northwind, euCampaign, anna);
        plannedPost(northwind, euCampaign, anna);

        var answer =
                GraphQL.ok(
                        northwind.viewerToken(),
                        "query($id: ID!) { campaign(id: $id) { goals { metric target { count money { amount currency } }"
                                + " progress { current { count money { amount currency } } ratio reached } } } }",
                        Map.of("id", euCampaign));

        String revenue = "data.campaign.goals.find { it.metric == 'REVENUE' }";
        String posts = "data.campaign.goals.find { it.metric == 'PUBLISHED_POSTS' }";
        // 100.00 + 200.00 - 50.00 refunded, of 1,000.00; one of two posts published.
        assertEquals(
                Map.of("amount", "1000.00", "currency", "EUR"),
                answer.getMap(revenue + ".target.money"));
        assertEquals(
                Map.of("amount", "250.00", "currency", "EUR"),
                answer.getMap(revenue + ".progress.current.money"));
        assertEquals(0.25f, answer.getFloat(revenue + ".progress.ratio"));
        assertEquals(2, answer.getInt(posts + ".target.count"));
        assertEquals(1, answer.getInt(posts + ".progress.current.count"));
        assertEquals(0.5f, answer.getFloat(posts + ".progress.ratio"));
        assertEquals(false, answer.getBoolean(posts + ".progress.reached"));
    }

    @Test
    void aBrandNeverSeesAnotherBrandsLedgerAndCreatorsSeeNoBrandsLedger() {
        var usOwn = ledger(yankee, Map.of());
        var usAtEuCampaign = ledger(yankee, Map.of("campaign", euCampaign));
        var euOwn = ledger(northwind, Map.of());

        assertEquals(
                List.of(Map.of("amount", "5.00", "currency", "USD")),
                usOwn.getList("data.ledger.totals.pending"));
        assertEquals(List.of("USD"), usOwn.getList("data.ledger.nodes.amount.currency"));
        assertEquals(List.of(), usAtEuCampaign.getList("data.ledger.nodes"));
        assertEquals(List.of(), usAtEuCampaign.getList("data.ledger.totals"));
        assertEquals(
                List.of("EUR"),
                euOwn.<String>getList("data.ledger.nodes.amount.currency").stream()
                        .distinct()
                        .toList());
        var creator = GraphQL.post(Tenants.newCreatorToken(), "{ ledger { nodes { id } } }");
        assertEquals("FORBIDDEN", creator.getString("errors[0].extensions.code"));
    }

    // ---------------------------------------------------------------------------------------------

    private String campaign(Tenants brand, Money cap) {
        var request =
                CreateCampaignRequest.newBuilder()
                        .setBrandId(brand.brandId())
                        .setName("Money " + UUID.randomUUID())
                        .setLandingUrl("https://northwind.example/money")
                        .setStartsOn("2026-11-01");
        if (cap != null) {
            request.setBudgetCap(cap);
        }
        String id = api.campaigns().createCampaign(request.build()).getId();
        api.offers()
                .publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(id)
                                .setPlan(
                                        CommissionPlan.newBuilder()
                                                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                                .setRateBasisPoints(1000))
                                .build());
        return id;
    }

    private String code(Tenants brand, String campaignId, String creatorId) {
        return tracking.createDiscountCode(
                        CreateDiscountCodeRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCode("MONEY" + UUID.randomUUID().toString().substring(0, 8))
                                .setCreatorId(creatorId)
                                .setCampaignId(campaignId)
                                .build())
                .getCode();
    }

    private String plannedPost(Tenants brand, String campaignId, String creatorId) {
        return api.calendar()
                .schedulePost(
                        SchedulePostRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setPlatform(Platform.PLATFORM_INSTAGRAM)
                                .setFormat(PostFormat.POST_FORMAT_REEL)
                                .setScheduledAt(
                                        WireTypes.timestamp(Instant.now().plus(Duration.ofDays(2))))
                                .setBrief("Trail run")
                                .build())
                .getId();
    }

    /** A post submitted, approved and published now. */
    private void publishedPost(Tenants brand, String campaignId, String creatorId) {
        String post = plannedPost(brand, campaignId, creatorId);
        api.calendar()
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(creatorId)
                                .setPostId(post)
                                .setCaption("Trails #ad")
                                .build());
        api.calendar()
                .approvePost(
                        ApprovePostRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setPostId(post)
                                .build());
        api.calendar()
                .publishPost(
                        PublishPostRequest.newBuilder()
                                .setCreatorId(creatorId)
                                .setPostId(post)
                                .setCaption("Trails #ad")
                                .setPublishedUrl("https://instagram.com/p/trails")
                                .build());
    }

    private static JsonPath ledger(Tenants brand, Map<String, Object> variables) {
        return GraphQL.ok(brand.viewerToken(), LEDGER, variables);
    }

    /** The total of a campaign's ledger, or "" before its first entry. */
    private static String total(Tenants brand, String campaignId) {
        List<String> totals =
                ledger(brand, Map.of("campaign", campaignId))
                        .getList("data.ledger.totals.total.amount");
        return totals.isEmpty() ? "" : totals.get(0);
    }

    private static Object amount(Map<String, Object> node) {
        return ((Map<?, ?>) node.get("amount")).get("amount");
    }

    /** The brand's report filter from before the campaigns' start until today. */
    private static Map<String, Object> soFar(List<String> campaignIds) {
        return Map.of(
                "from",
                "2026-11-01",
                "to",
                LocalDate.now(ZoneOffset.UTC).toString(),
                "campaignIds",
                campaignIds);
    }
}
