package com.creatorplatform.gateway.graphql;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.GrpcCallCounter;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.campaign.v1.Goal;
import com.creatorplatform.proto.campaign.v1.GoalMetric;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The brand dashboard's one request against the real services: clicks through the redirect, orders
 * and a refund through tracking-service, commission through the outbox into payout-service. Every
 * figure below is computed by hand from that story (offer: 10 %).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CampaignDashboardGraphQLTest {

    public static final String PERFORMANCE =
            "clicks uniqueClicks orders revenue { amount } refunded { amount } netRevenue { amount } "
                    + "conversionRate commission { amount currency } earningsPerClick { amount }";

    /** The brand dashboard's one request. */
    public static final String DASHBOARD =
            """
            query($id: ID!, $first: Int) { campaign(id: $id) {
              name
              goals { metric target { count money { amount currency } }
                      progress { current { count money { amount currency } } ratio reached } }
              creators(first: $first) {
                pageInfo { hasNextPage }
                nodes {
                  membership { status }
                  creator { id name }
                  performance { %1$s }
                  posts { totalCount nodes { post { id brief } performance { %1$s } } }
                }
              }
            } }"""
                    .formatted(PERFORMANCE);

    /** The figures of a creator or post without any activity. */
    static final List<Object> NOTHING = Arrays.asList(0, 0, 0, null, null, null, 0.0f, null, null);

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final CampaignApi api = new CampaignApi(campaignChannel);
    private final TrackingServiceBlockingStub tracking =
            TrackingServiceGrpc.newBlockingStub(trackingChannel);

    Tenants brand;
    CampaignStory story;
    Tenants otherBrand;
    String campaignId;
    String anna;
    String ben;
    String cleo;
    String annaPost;
    String annaSecondPost;
    String benPost;

    @AfterAll
    void close() {
        List.of(campaignChannel, trackingChannel).forEach(ManagedChannel::shutdownNow);
    }

    /**
     * Anna: 3 clicks on her first post's link (Instagram) and 1 on her general link (no platform);
     * an order of 100.00 through the post's link and one of 50.00 with her code. Ben: 2 human
     * clicks and a bot's on his post's link (TikTok); an order of 200.00 through it, refunded by
     * 40.00. Cleo: shortlisted, nothing yet.
     */
    @BeforeAll
    void story() throws Exception {
        brand = Tenants.newBrand();
        otherBrand = Tenants.newBrand();
        String brandId = brand.brandId();
        story = CampaignStory.begin(api, tracking, brand, "Winter trail", 1000);
        campaignId = story.campaignId();
        api.campaigns()
                .setCampaignGoals(
                        SetCampaignGoalsRequest.newBuilder()
                                .setBrandId(brandId)
                                .setCampaignId(campaignId)
                                .addGoals(goal(GoalMetric.GOAL_METRIC_REVENUE, 100_000))
                                .addGoals(goal(GoalMetric.GOAL_METRIC_ORDERS, 3))
                                .addGoals(goal(GoalMetric.GOAL_METRIC_CLICKS, 10))
                                .addGoals(goal(GoalMetric.GOAL_METRIC_PUBLISHED_POSTS, 5))
                                .build());
        anna = story.activeMember("Anna");
        ben = story.activeMember("Ben");
        cleo = story.shortlisted("Cleo");
        annaPost =
                story.post(
                        anna,
                        Platform.PLATFORM_INSTAGRAM,
                        Instant.parse("2026-12-01T10:00:00Z"),
                        "Anna's unboxing");
        annaSecondPost =
                story.post(
                        anna,
                        Platform.PLATFORM_INSTAGRAM,
                        Instant.parse("2026-12-03T10:00:00Z"),
                        "Anna's first run");
        benPost =
                story.post(
                        ben,
                        Platform.PLATFORM_TIKTOK,
                        Instant.parse("2026-12-02T10:00:00Z"),
                        "Ben's review");

        String annaPostLink = story.link(anna, annaPost, "INSTAGRAM");
        String annaLink = story.link(anna, "", "");
        String benLink = story.link(ben, benPost, "TIKTOK");
        String annaClick = ShopActivity.click(annaPostLink, "Mozilla/5.0");
        ShopActivity.click(annaPostLink, "Mozilla/5.0");
        ShopActivity.click(annaPostLink, "Mozilla/5.0");
        ShopActivity.click(annaLink, "Mozilla/5.0");
        String benClick = ShopActivity.click(benLink, "Mozilla/5.0");
        ShopActivity.click(benLink, "Mozilla/5.0");
        ShopActivity.click(benLink, "Googlebot/2.1 (+http://www.google.com/bot.html)");
        ShopActivity.awaitClicks(tracking, brandId, 7);

        String annaCode =
                tracking.createDiscountCode(
                                CreateDiscountCodeRequest.newBuilder()
                                        .setBrandId(brandId)
                                        .setCode("ANNADASH" + (System.nanoTime() % 100000))
                                        .setCreatorId(anna)
                                        .setCampaignId(campaignId)
                                        .build())
                        .getCode();
        ShopActivity.order(tracking, brandId, "A-1", 10_000, annaClick, "");
        ShopActivity.order(tracking, brandId, "A-2", 5_000, "", annaCode);
        ShopActivity.order(tracking, brandId, "B-1", 20_000, benClick, "");
        tracking.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(brandId)
                        .setOrderId("B-1")
                        .setRefundId("B-1-r1")
                        .setAmount(ShopActivity.eur(4_000))
                        .build());
    }

    @Test
    @Order(1)
    void oneRequestShowsGoalsCreatorsAndPostsWithTheirFiguresAsComputedByHand()
            throws InterruptedException {
        awaitCommission();
        var answer = GraphQL.ok(brand.viewerToken(), DASHBOARD, vars(20));

        assertEquals("Winter trail", answer.getString("data.campaign.name"));
        // Net revenue 100 + 50 + 200 - 40 = 310.00 of 1,000.00; 3 orders of 3; 6 human clicks of
        // 10.
        // Goals come in no particular order (campaign-service keeps none among them): each is
        // looked up by metric.
        assertEquals(
                List.of("CLICKS", "ORDERS", "PUBLISHED_POSTS", "REVENUE"),
                answer.<String>getList("data.campaign.goals.metric").stream().sorted().toList());
        assertEquals(List.of("310.00", 0.31f, false), progress(answer, "REVENUE"));
        assertEquals("EUR", answer.get(goalPath("REVENUE") + ".progress.current.money.currency"));
        assertEquals("1000.00", answer.get(goalPath("REVENUE") + ".target.money.amount"));
        assertNull(answer.get(goalPath("REVENUE") + ".target.count"));
        assertEquals(List.of(3, 1.0f, true), progress(answer, "ORDERS"));
        assertEquals(List.of(6, 0.6f, false), progress(answer, "CLICKS"));
        // The calendar counts publications: none of the three posts is published yet.
        assertEquals(List.of(0, 0.0f, false), progress(answer, "PUBLISHED_POSTS"));

        // Newest membership first: Cleo, Ben, Anna.
        String creators = "data.campaign.creators.nodes";
        assertEquals(List.of(cleo, ben, anna), answer.getList(creators + ".creator.id"));
        assertEquals(
                List.of("SHORTLISTED", "ACTIVE", "ACTIVE"),
                answer.getList(creators + ".membership.status"));

        // Anna: 4 clicks, 2 orders for 150.00, commission 15.00, 0.5 orders per unique click, 15.00
        // / 4 = 3.75 per click.
        var annaFigures = figures(answer, creators + "[2].performance");
        assertEquals(
                List.of(4, 4, 2, "150.00", "0.00", "150.00", 0.5f, "15.00", "3.75"), annaFigures);
        // Ben: the bot's click counts as a click but not as a unique one; 200.00 - 40.00; 20.00 -
        // 4.00 commission; 16.00 / 3.
        assertEquals(
                List.of(3, 2, 1, "200.00", "40.00", "160.00", 0.5f, "16.00", "5.33"),
                figures(answer, creators + "[1].performance"));
        assertEquals(NOTHING, figures(answer, creators + "[0].performance"));

        // Posts: Anna's first post carries the order through its link (10.00 / 3 clicks = 3.33);
        // her second has nothing.
        assertEquals(2, answer.getInt(creators + "[2].posts.totalCount"));
        assertEquals(
                List.of(annaPost, annaSecondPost),
                answer.getList(creators + "[2].posts.nodes.post.id"));
        assertEquals(
                List.of(3, 3, 1, "100.00", "0.00", "100.00", 0.33333334f, "10.00", "3.33"),
                figures(answer, creators + "[2].posts.nodes[0].performance"));
        assertEquals(NOTHING, figures(answer, creators + "[2].posts.nodes[1].performance"));
        assertEquals(List.of(benPost), answer.getList(creators + "[1].posts.nodes.post.id"));
        assertEquals(
                List.of(3, 2, 1, "200.00", "40.00", "160.00", 0.5f, "16.00", "5.33"),
                figures(answer, creators + "[1].posts.nodes[0].performance"));
        assertEquals(0, answer.getInt(creators + "[0].posts.totalCount"));
        assertEquals("EUR", answer.getString(creators + "[2].performance.commission.currency"));
    }

    @Test
    @Order(2)
    void theRequestCostsTheSameCallsForThreeCreatorsAsForAHundred() {
        GrpcCallCounter.reset();
        GraphQL.ok(brand.viewerToken(), DASHBOARD, vars(100));
        var few = GrpcCallCounter.snapshot();

        for (int i = 0; i < 97; i++) {
            story.shortlisted("Batch " + i);
        }
        GrpcCallCounter.reset();
        var answer = GraphQL.ok(brand.viewerToken(), DASHBOARD, vars(100));
        var many = GrpcCallCounter.snapshot();

        assertEquals(100, answer.getList("data.campaign.creators.nodes").size());
        assertEquals(few, many);
        // One campaign read, one page of memberships, one batch each of creators and posts; one
        // report per level
        // (goals, creators, posts), one count of the goals' publications and one commission read
        // per
        // level (creators, posts).
        assertEquals(
                Map.of(
                        "BatchGetCampaigns",
                        1,
                        "ListCampaignMemberships",
                        1,
                        "BatchGetCreators",
                        1,
                        "BatchListCreatorPosts",
                        1,
                        "GetReport",
                        3,
                        "GetPublishedPostCounts",
                        1,
                        "BatchGetCommissions",
                        2),
                many);
    }

    @Test
    @Order(2)
    void onlyWhatTheRequestSelectsIsRead() {
        GrpcCallCounter.reset();
        var answer =
                GraphQL.ok(
                        brand.viewerToken(),
                        """
                query($id: ID!) { campaign(id: $id) { creators(first: 5) { nodes { membership { status }
                  performance { clicks } posts { nodes { post { id } } } } } } }""",
                        Map.of("id", campaignId));

        assertEquals(5, answer.getList("data.campaign.creators.nodes").size());
        // No profiles, commissions or post figures asked: none read.
        assertEquals(
                Map.of(
                        "BatchGetCampaigns",
                        1,
                        "ListCampaignMemberships",
                        1,
                        "GetReport",
                        1,
                        "BatchListCreatorPosts",
                        1),
                GrpcCallCounter.snapshot());
    }

    @Test
    @Order(0) // before the next tests add a hundred creators
    void aPostsFieldsBeyondTheDashboardsAreReadWhenSelected() {
        var answer =
                GraphQL.ok(
                        brand.viewerToken(),
                        """
                query($id: ID!) { campaign(id: $id) { creators(first: 5) { nodes { creator { name } posts { nodes { post {
                  id brief status platform scheduledAt creator { name } campaign { name } } } } } } } }""",
                        Map.of("id", campaignId));

        Map<String, Object> post =
                answer.getMap(
                        "data.campaign.creators.nodes.posts.nodes.flatten().post.find { it.id == '%s' }"
                                .formatted(benPost));
        Map<String, Object> bensCreator =
                answer.getMap(
                        "data.campaign.creators.nodes.find { it.posts.nodes.any { node -> node.post.id == '%s' } }.creator"
                                .formatted(benPost));
        assertNotNull(post, answer.prettify());
        assertEquals(benPost, post.get("id"));
        assertEquals("Ben's review", post.get("brief"));
        assertEquals("PLANNED", post.get("status"));
        assertEquals("TIKTOK", post.get("platform"));
        assertTrue(
                ((String) post.get("scheduledAt")).startsWith("2026-12-02T10:00"),
                String.valueOf(post.get("scheduledAt")));
        assertEquals(bensCreator, post.get("creator"));
        assertTrue(((String) ((Map<?, ?>) post.get("creator")).get("name")).startsWith("Ben"));
        assertEquals(Map.of("name", "Winter trail"), post.get("campaign"));
    }

    @Test
    @Order(3)
    void anotherBrandAndCreatorsSeeNothingOfIt() {
        assertNull(GraphQL.ok(otherBrand.adminToken(), DASHBOARD, vars(20)).get("data.campaign"));
        var creator = GraphQL.post(Tenants.newCreatorToken(), DASHBOARD, vars(20));
        assertEquals("FORBIDDEN", creator.getString("errors[0].extensions.code"));
        assertNull(creator.get("data.campaign"));
    }

    @Test
    @Order(4)
    void aPeriodIsValidatedWithAClearMessage() {
        var upsideDown =
                GraphQL.post(
                        brand.viewerToken(),
                        "query($id: ID!) { campaign(id: $id) { creators(from: \"2026-12-31\", "
                                + "to: \"2026-12-01\") { nodes { membership { id } } } } }",
                        Map.of("id", campaignId));
        assertEquals("INVALID_ARGUMENT", upsideDown.getString("errors[0].extensions.code"));
        assertEquals(
                "from 2026-12-31 is after to 2026-12-01",
                upsideDown.getString("errors[0].message"));
        var tooMany =
                GraphQL.post(
                        brand.viewerToken(),
                        "query($id: ID!) { campaign(id: $id) { creators(postsPerCreator: 500) "
                                + "{ nodes { membership { id } } } } }",
                        Map.of("id", campaignId));
        assertEquals("INVALID_ARGUMENT", tooMany.getString("errors[0].extensions.code"));
    }

    @Test
    @Order(5)
    void theReportsAgreeWithTheDashboardAndEachOrderSaysWhyItWasCredited() {
        Map<String, Object> filter = campaignSoFar();
        var byCreator = figuresBy("CREATOR", "creatorId");
        assertEquals(List.of(4, 4, 0, 2, "150.00", 0, "0.00"), byCreator.get(anna));
        assertEquals(List.of(3, 2, 1, 1, "200.00", 1, "40.00"), byCreator.get(ben));

        var total =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f) { clicks orders revenue "
                                + "{ amount } } }",
                        Map.of("f", filter));
        assertEquals(List.of(7), total.getList("data.report.clicks"));
        assertEquals(List.of("350.00"), total.getList("data.report.revenue.amount"));

        var transactions =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { transactions(filter: $f, first: 2) "
                                + "{ nodes { orderId } pageInfo { hasNextPage endCursor } } }",
                        Map.of("f", filter));
        assertEquals(2, transactions.getList("data.transactions.nodes").size());
        assertTrue(transactions.getBoolean("data.transactions.pageInfo.hasNextPage"));

        var orders =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query { orders(orderIds: [\"A-1\", \"A-2\", \"B-1\", \"nope\"]) { orderId "
                                + "status refunded { amount } attribution { outcome rule postId discountCode reason creator { id name } } } }");
        assertEquals(List.of("A-1", "A-2", "B-1"), orders.getList("data.orders.orderId"));
        assertEquals(
                List.of("LAST_CLICK", "DISCOUNT_CODE", "LAST_CLICK"),
                orders.getList("data.orders.attribution.rule"));
        assertEquals(
                List.of("Anna", "Anna", "Ben"),
                orders.getList("data.orders.attribution.creator.name"));
        assertEquals(
                Arrays.asList(annaPost, null, benPost),
                orders.getList("data.orders.attribution.postId"));
        assertEquals("40.00", orders.getString("data.orders[2].refunded.amount"));
        assertTrue(
                orders.getString("data.orders[0].attribution.reason").length() > 10,
                orders.getString("data.orders[0].attribution.reason"));
        assertEquals(
                List.of(),
                GraphQL.ok(
                                otherBrand.viewerToken(),
                                "query { orders(orderIds: [\"A-1\"]) { orderId } }")
                        .getList("data.orders"),
                "another brand sees none of them");
    }

    @Test
    @Order(6)
    void
            theReportByPlatformHasEachPlatformsHandComputedFiguresAndThePlatformFilterNarrowsReportsAndOrders() {
        Map<String, Object> filter = campaignSoFar();
        var byPlatform = figuresBy("PLATFORM", "platform");
        // Anna's post link; Ben's post link with his refund; Anna's general link and her code's
        // order under no platform.
        assertEquals(List.of(3, 3, 0, 1, "100.00", 0, "0.00"), byPlatform.get("INSTAGRAM"));
        assertEquals(List.of(3, 2, 1, 1, "200.00", 1, "40.00"), byPlatform.get("TIKTOK"));
        assertEquals(List.of(1, 1, 0, 1, "50.00", 0, "0.00"), byPlatform.get(null));
        assertEquals(3, byPlatform.size(), byPlatform.toString());

        var tiktok = new HashMap<>(filter);
        tiktok.put("platforms", List.of("TIKTOK"));
        var total =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f) { platform clicks orders "
                                + "revenue { amount } refunded { amount } } }",
                        Map.of("f", tiktok));
        assertEquals(List.of(3), total.getList("data.report.clicks"));
        assertEquals(List.of("200.00"), total.getList("data.report.revenue.amount"));
        assertEquals(List.of("40.00"), total.getList("data.report.refunded.amount"));
        assertEquals(
                Arrays.asList((Object) null),
                total.getList("data.report.platform"),
                "not grouped by platform");

        var instagram = new HashMap<>(filter);
        instagram.put("platforms", List.of("INSTAGRAM"));
        var orders =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { transactions(filter: $f) { nodes { orderId "
                                + "amount { amount } attribution { platform } } } }",
                        Map.of("f", instagram));
        assertEquals(List.of("A-1"), orders.getList("data.transactions.nodes.orderId"));
        assertEquals(List.of("100.00"), orders.getList("data.transactions.nodes.amount.amount"));
        assertEquals(
                List.of("INSTAGRAM"),
                orders.getList("data.transactions.nodes.attribution.platform"));

        var unknown = new HashMap<>(filter);
        unknown.put("platforms", List.of("MYSPACE"));
        var refused =
                GraphQL.post(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f) { clicks } }",
                        Map.of("f", unknown));
        assertTrue(
                refused.getList("errors").size() > 0,
                "an unknown platform is not a value of the schema's enum");
    }

    @Test
    @Order(7)
    void discountCodesAreUniquePerBrandAndOnlyAdminsCreateThem() {
        String create =
                "mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { discountCode { code creatorId } } }";
        Map<String, Object> input =
                Map.of(
                        "input",
                        Map.of("campaignId", campaignId, "creatorId", ben, "code", "BEN-WINTER"));

        assertEquals(
                "FORBIDDEN",
                GraphQL.post(brand.viewerToken(), create, input)
                        .getString("errors[0].extensions.code"));
        assertEquals(
                "BEN-WINTER",
                GraphQL.ok(brand.adminToken(), create, input)
                        .getString("data.createDiscountCode.discountCode.code"));
        var again =
                GraphQL.post(
                        brand.adminToken(),
                        create,
                        Map.of(
                                "input",
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "creatorId",
                                        anna,
                                        "code",
                                        "ben-winter")));
        assertEquals("CONFLICT", again.getString("errors[0].extensions.code"));
        var foreign =
                GraphQL.post(
                        otherBrand.adminToken(),
                        create,
                        Map.of(
                                "input",
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "creatorId",
                                        ben,
                                        "code",
                                        "POACH")));
        assertEquals("NOT_FOUND", foreign.getString("errors[0].extensions.code"));
    }

    // ---------------------------------------------------------------------------------------------

    /** A creator's or post's figures as PERFORMANCE selects them, in its order. */
    static List<Object> figures(JsonPath answer, String path) {
        return Arrays.asList(
                answer.get(path + ".clicks"),
                answer.get(path + ".uniqueClicks"),
                answer.get(path + ".orders"),
                answer.get(path + ".revenue.amount"),
                answer.get(path + ".refunded.amount"),
                answer.get(path + ".netRevenue.amount"),
                answer.getFloat(path + ".conversionRate"),
                answer.get(path + ".commission.amount"),
                answer.get(path + ".earningsPerClick.amount"));
    }

    /** The path of the campaign's goal of a metric. */
    private static String goalPath(String metric) {
        return "data.campaign.goals.find { it.metric == '" + metric + "' }";
    }

    /**
     * A goal's progress: current (money's amount for REVENUE, else the count), ratio and whether it
     * is reached.
     */
    private static List<Object> progress(JsonPath answer, String metric) {
        String path = goalPath(metric) + ".progress";
        return Arrays.asList(
                answer.get(
                        path
                                + (metric.equals("REVENUE")
                                        ? ".current.money.amount"
                                        : ".current.count")),
                answer.getFloat(path + ".ratio"),
                answer.get(path + ".reached"));
    }

    private Map<String, Object> vars(int first) {
        var vars = new HashMap<String, Object>();
        vars.put("id", campaignId);
        vars.put("first", first);
        return vars;
    }

    private static Goal goal(GoalMetric metric, long target) {
        return Goal.newBuilder().setMetric(metric).setTarget(target).build();
    }

    /** The campaign from before its start until today, as a report filter. */
    private Map<String, Object> campaignSoFar() {
        return Map.of(
                "from",
                "2026-11-01",
                "to",
                LocalDate.now(ZoneOffset.UTC).toString(),
                "campaignIds",
                List.of(campaignId));
    }

    /**
     * The campaign's report so far grouped by one dimension: the value of each row's field {@code
     * key} with its clicks, unique clicks, bot clicks, orders, revenue, refunds and refunded.
     */
    private Map<Object, Object> figuresBy(String dimension, String key) {
        var report =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f, groupBy: ["
                                + dimension
                                + "]) { "
                                + key
                                + " clicks uniqueClicks botClicks orders revenue { amount } refunds refunded { amount } } }",
                        Map.of("f", campaignSoFar()));
        return report.getMap(
                "data.report.collectEntries { [it."
                        + key
                        + ", [it.clicks, it.uniqueClicks, it.botClicks, it.orders, "
                        + "it.revenue?.amount, it.refunds, it.refunded?.amount]] }");
    }

    /**
     * Commission reaches payout-service through the outbox relay: wait for Ben's refund to be
     * applied (through GraphQL, which the @BeforeAll cannot reach yet).
     */
    private void awaitCommission() {
        String query =
                "query($id: ID!) { campaign(id: $id) { creators { nodes { creator { id } performance { commission { amount } } } } } }";
        await("the outbox relay brought the orders and the refund to payout-service")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            var answer =
                                    GraphQL.post(
                                            brand.viewerToken(), query, Map.of("id", campaignId));
                            List<String> ids =
                                    answer.getList("data.campaign.creators.nodes.creator.id");
                            return ids == null || !ids.contains(ben)
                                    ? null
                                    : answer.get(
                                            "data.campaign.creators.nodes["
                                                    + ids.indexOf(ben)
                                                    + "].performance.commission.amount");
                        },
                        "16.00"::equals);
    }
}
