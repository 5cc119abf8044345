package com.creatorplatform.gateway.graphql;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.CommissionTier;
import com.creatorplatform.proto.common.v1.RevenueBonus;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The creator app's `me` against the real services, with the creators' own Keycloak logins: the
 * terms of each campaign, the creator's links and codes, and figures from clicks through the real
 * redirect and orders through tracking-service, checked by hand and against the brand's dashboard
 * for the same creator and days.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class CreatorViewGraphQLTest {

    static final String PERFORMANCE = CampaignDashboardGraphQLTest.PERFORMANCE;

    /** The creator app's one request. */
    static final String ME =
            """
            query($campaignIds: [String]) { me { creatorIds
              campaignDetails(from: "%1$s", to: "%2$s", campaignIds: $campaignIds) {
                membership { status } period { from to }
                campaign { id name }
                offer { plan { basis rateBasisPoints flatPerOrder { amount } tierMode tiers { fromMinor rateBasisPoints }
                               bonuses { thresholdMinor amount { amount } } feePerPublishedPost { amount } }
                        audienceDiscountPercent attributionWindowDays holdDays priority }
                links { code url postId madeForPost }
                discountCodes { code }
                performance { %3$s }
                posts { totalCount nodes { post { id status } link { code url } performance { %3$s } } }
              }
              earnings { pending { amount currency } }
              statements { nodes { id } }
            } }""";

    /** The brand's dashboard for the same days. */
    static final String DASHBOARD =
            """
            query($id: ID!) { campaign(id: $id) { creators(first: 100, from: "%1$s", to: "%2$s") { nodes {
              creator { id } performance { %3$s } posts { nodes { post { id } performance { %3$s } } } } } } }""";

    static final String FROM = "2026-12-01";

    static final String BROWSER = "Mozilla/5.0";

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final CampaignApi api = new CampaignApi(campaignChannel);
    private final TrackingServiceBlockingStub tracking =
            TrackingServiceGrpc.newBlockingStub(trackingChannel);
    private final String redirectBase =
            ConfigProvider.getConfig().getValue("platform.redirect-base-url", String.class);

    Tenants brand;
    String winter;
    String spring;
    String anna;
    String annaToken;
    String annaSpringInvitation;
    boolean activityStarted;
    String ben;
    String benToken;
    String annaPost;
    String annaLink;
    String annaPostLink;
    String benLink;
    String annaWinterCode;
    String annaSpringCode;
    String benCode;

    @AfterAll
    void close() {
        List.of(campaignChannel, trackingChannel).forEach(ManagedChannel::shutdownNow);
    }

    /**
     * Winter pays 10 % (15 % above 1,000.00, a 50.00 bonus at 1,000.00), 15 % off for the audience,
     * a 14-day window and a 7-day hold; Spring pays 5.00 per order and 20.00 per published post.
     * Anna is in Winter and invited to Spring, Ben in Winter, each with a link and a code; Anna has
     * a post planned in Winter. In the app and the shop then ({@link #appAndShopActivity}): her
     * post's own link gets 2 clicks and her Winter link 1; an order of 100.00 comes through the
     * post's link (20.00 of it refunded later) and one of 50.00 with her Winter code. Ben's link
     * gets 1 click and an order of 80.00.
     */
    @BeforeAll
    void story() {
        brand = Tenants.newBrand();
        winter = campaign("Winter");
        spring = campaign("Spring");
        offer(
                PublishOfferRequest.newBuilder()
                        .setCampaignId(winter)
                        .setPlan(
                                CommissionPlan.newBuilder()
                                        .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                        .setRateBasisPoints(1000)
                                        .setTierMode(TierMode.TIER_MODE_MARGINAL)
                                        .addTiers(tier(0, 1000))
                                        .addTiers(tier(100_000, 1500))
                                        .addBonuses(
                                                RevenueBonus.newBuilder()
                                                        .setThresholdMinor(100_000)
                                                        .setAmount(ShopActivity.eur(5_000))))
                        .setAudienceDiscountPercent(15)
                        .setAttributionWindowDays(14)
                        .setHoldDays(7));
        offer(
                PublishOfferRequest.newBuilder()
                        .setCampaignId(spring)
                        .setPlan(
                                CommissionPlan.newBuilder()
                                        .setBasis(CommissionBasis.COMMISSION_BASIS_FLAT)
                                        .setFlatPerOrder(ShopActivity.eur(500))
                                        .setTierMode(TierMode.TIER_MODE_NONE)
                                        .setFeePerPublishedPost(ShopActivity.eur(2_000)))
                        .setAudienceDiscountPercent(10));

        String annaEmail = "anna-" + UUID.randomUUID() + "@creators.example";
        anna = brand.newCreator("Anna", annaEmail);
        annaToken = Tenants.onboardCreator(anna, annaEmail, brand.invite(winter, anna));
        annaSpringInvitation = brand.invite(spring, anna);
        String benEmail = "ben-" + UUID.randomUUID() + "@creators.example";
        ben = brand.newCreator("Ben", benEmail);
        benToken = Tenants.onboardCreator(ben, benEmail, brand.invite(winter, ben));
        annaPost = plannedPost(winter, anna, "Winter trail run");
        annaLink = link(winter, anna);
        benLink = link(winter, ben);
        annaWinterCode = code(winter, anna, "ANNAW");
        annaSpringCode = code(spring, anna, "ANNAS");
        benCode = code(winter, ben, "BENW");
    }

    /**
     * What happens in the app and the shop, once, before the first test (the gateway is not up yet
     * in a @BeforeAll): Anna accepts Spring; her post is approved, tracking-service makes its own
     * link, and she publishes it; the clicks, the orders and the refund.
     */
    @BeforeEach
    void appAndShopActivity() {
        if (activityStarted) {
            assertNotNull(annaPostLink, "the app and shop activity failed before the first test");
            return;
        }
        activityStarted = true;
        GraphQL.ok(
                annaToken,
                "mutation($id: ID!) { acceptInvitation(input: { membershipId: $id }) { membership { status } } }",
                Map.of("id", annaSpringInvitation));
        submitAndApprove(annaPost, annaToken);
        // The post's own link exists from its approval, before the post goes live.
        String postLink = awaitPostLink(annaToken, winter);
        publish(annaPost, annaToken);

        String annaClick = ShopActivity.click(postLink, BROWSER);
        ShopActivity.click(postLink, BROWSER);
        ShopActivity.click(annaLink, BROWSER);
        String benClick = ShopActivity.click(benLink, BROWSER);
        ShopActivity.awaitClicks(tracking, brand.brandId(), 4);
        ShopActivity.order(tracking, brand.brandId(), "A-1", 10_000, annaClick, "");
        ShopActivity.order(tracking, brand.brandId(), "A-2", 5_000, "", annaWinterCode);
        ShopActivity.order(tracking, brand.brandId(), "B-1", 8_000, benClick, "");
        tracking.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(brand.brandId())
                        .setOrderId("A-1")
                        .setRefundId("A-1-r1")
                        .setAmount(ShopActivity.eur(2_000))
                        .build());
        awaitCommission(annaToken, winter, "13.00");
        awaitCommission(benToken, winter, "8.00");
        annaPostLink = postLink;
    }

    @Test
    @Order(1)
    void aCreatorSeesEachCampaignsTermsLinksCodesAndTheFiguresTheirBrandSeesForThem() {
        var me = GraphQL.ok(annaToken, me(), Map.of());

        assertEquals(List.of(anna), me.getList("data.me.creatorIds"));
        assertEquals(
                List.of(spring, winter),
                me.getList("data.me.campaignDetails.campaign.id"),
                "newest membership first");
        String w = detail(winter);
        String s = detail(spring);
        assertEquals("ACTIVE", me.getString(w + ".membership.status"));
        assertEquals(Map.of("from", FROM, "to", today()), me.getMap(w + ".period"));

        // The terms in effect.
        assertEquals(
                Arrays.asList(
                        "PERCENT",
                        1000,
                        null,
                        "MARGINAL",
                        List.of(
                                Map.of("fromMinor", 0, "rateBasisPoints", 1000),
                                Map.of("fromMinor", 100_000, "rateBasisPoints", 1500)),
                        List.of(
                                Map.of(
                                        "thresholdMinor",
                                        100_000,
                                        "amount",
                                        Map.of("amount", "50.00"))),
                        null,
                        15,
                        14,
                        7,
                        "CODE_WINS"),
                terms(me, w));
        assertEquals(
                Arrays.asList(
                        "FLAT",
                        0,
                        Map.of("amount", "5.00"),
                        "NONE",
                        List.of(),
                        List.of(),
                        Map.of("amount", "20.00"),
                        10,
                        30,
                        30,
                        "CODE_WINS"),
                terms(me, s));

        // Her links (full URL and code) and codes; the post's own link on the post.
        assertEquals(
                List.of(annaPostLink, annaLink).stream().sorted().toList(),
                me.<String>getList(w + ".links.code").stream().sorted().toList());
        assertEquals(
                redirectBase + "/r/" + annaLink,
                me.getString(w + ".links.find { it.code == '" + annaLink + "' }.url"));
        assertEquals(
                Map.of(
                        "code",
                        annaPostLink,
                        "url",
                        redirectBase + "/r/" + annaPostLink,
                        "postId",
                        annaPost,
                        "madeForPost",
                        true),
                me.getMap(w + ".links.find { it.code == '" + annaPostLink + "' }"));
        assertEquals(List.of(annaWinterCode), me.getList(w + ".discountCodes.code"));
        assertEquals(List.of(annaSpringCode), me.getList(s + ".discountCodes.code"));
        assertEquals(List.of(), me.getList(s + ".links"));
        assertEquals(1, me.getInt(w + ".posts.totalCount"));
        assertEquals(List.of(annaPost), me.getList(w + ".posts.nodes.post.id"));
        assertEquals(List.of("PUBLISHED"), me.getList(w + ".posts.nodes.post.status"));
        assertEquals(List.of(annaPostLink), me.getList(w + ".posts.nodes.link.code"));

        // Figures: 3 clicks, 150.00 sold, 20.00 refunded, 10 % of 130.00 = 13.00, 13.00 / 3 per
        // click; the post's: 2 clicks, 100.00 - 20.00, 8.00, 4.00 per click. Spring: nothing.
        List<Object> winterFigures =
                List.of(3, 3, 2, "150.00", "20.00", "130.00", 0.6666667f, "13.00", "4.33");
        List<Object> postFigures =
                List.of(2, 2, 1, "100.00", "20.00", "80.00", 0.5f, "8.00", "4.00");
        assertEquals(winterFigures, CampaignDashboardGraphQLTest.figures(me, w + ".performance"));
        assertEquals(
                postFigures,
                CampaignDashboardGraphQLTest.figures(me, w + ".posts.nodes[0].performance"));
        assertEquals(
                CampaignDashboardGraphQLTest.NOTHING,
                CampaignDashboardGraphQLTest.figures(me, s + ".performance"));
        assertEquals(0, me.getInt(s + ".posts.totalCount"));

        // The brand's dashboard shows the same for her and her post.
        var dashboard =
                GraphQL.ok(
                        brand.viewerToken(),
                        DASHBOARD.formatted(FROM, today(), PERFORMANCE),
                        Map.of("id", winter));
        String hers = "data.campaign.creators.nodes.find { it.creator.id == '" + anna + "' }";
        assertEquals(
                CampaignDashboardGraphQLTest.figures(dashboard, hers + ".performance"),
                CampaignDashboardGraphQLTest.figures(me, w + ".performance"));
        assertEquals(
                CampaignDashboardGraphQLTest.figures(
                        dashboard, hers + ".posts.nodes[0].performance"),
                CampaignDashboardGraphQLTest.figures(me, w + ".posts.nodes[0].performance"));

        // Her money: the commission, held for 7 days.
        assertEquals(
                List.of(Map.of("amount", "13.00", "currency", "EUR")),
                me.getList("data.me.earnings.pending"));
        assertEquals(List.of(), me.getList("data.me.statements.nodes"));
    }

    @Test
    @Order(2)
    void anotherCreatorSeesOnlyTheirOwnAndNothingOfHers() {
        var me = GraphQL.ok(benToken, me(), Map.of());

        assertEquals(List.of(winter), me.getList("data.me.campaignDetails.campaign.id"));
        String w = detail(winter);
        assertEquals(List.of(benLink), me.getList(w + ".links.code"));
        assertEquals(List.of(benCode), me.getList(w + ".discountCodes.code"));
        assertEquals(0, me.getInt(w + ".posts.totalCount"));
        List<Object> bens = List.of(1, 1, 1, "80.00", "0.00", "80.00", 1.0f, "8.00", "8.00");
        assertEquals(bens, CampaignDashboardGraphQLTest.figures(me, w + ".performance"));
        var dashboard =
                GraphQL.ok(
                        brand.viewerToken(),
                        DASHBOARD.formatted(FROM, today(), PERFORMANCE),
                        Map.of("id", winter));
        assertEquals(
                CampaignDashboardGraphQLTest.figures(
                        dashboard,
                        "data.campaign.creators.nodes.find { it.creator.id == '"
                                + ben
                                + "' }.performance"),
                CampaignDashboardGraphQLTest.figures(me, w + ".performance"));
        String answer = me.prettify();
        for (String hers :
                List.of(annaLink, annaPostLink, annaWinterCode, annaSpringCode, annaPost, anna)) {
            assertFalse(answer.contains(hers), "Ben's answer holds " + hers + ": " + answer);
        }

        // Naming her campaign or her creator record gets nothing of hers.
        assertEquals(
                List.of(),
                GraphQL.ok(benToken, me(), Map.of("campaignIds", List.of(spring)))
                        .getList("data.me.campaignDetails"));
        for (String field : List.of("statements", "memberships", "posts")) {
            var refused =
                    GraphQL.post(
                            benToken,
                            "query($id: ID) { me { "
                                    + field
                                    + "(creatorId: $id) { nodes { id } } } }",
                            Map.of("id", anna));
            assertEquals("FORBIDDEN", refused.getString("errors[0].extensions.code"), field);
            assertEquals(
                    "creator " + anna + " is not this account's",
                    refused.getString("errors[0].message"));
        }
        assertEquals(
                List.of(),
                GraphQL.ok(Tenants.newCreatorToken(), me(), Map.of())
                        .getList("data.me.campaignDetails"),
                "a creator without campaigns sees none");
    }

    @Test
    @Order(2)
    void brandOnlyFieldsAndTheBrandsQueriesAreForbiddenToACreatorAndMeToABrand() {
        for (String brandOnly :
                List.of(
                        "budgetCap { amount }",
                        "goals { metric }",
                        "creators { nodes { membership { id } } }")) {
            var refused =
                    GraphQL.post(
                            annaToken,
                            "{ me { campaignDetails { campaign { id " + brandOnly + " } } } }");
            assertEquals(
                    "FORBIDDEN",
                    refused.getString("errors[0].extensions.code"),
                    brandOnly + ": " + refused.prettify());
        }
        var dashboard =
                GraphQL.post(
                        annaToken,
                        DASHBOARD.formatted(FROM, today(), PERFORMANCE),
                        Map.of("id", winter));
        assertEquals("FORBIDDEN", dashboard.getString("errors[0].extensions.code"));
        assertNull(dashboard.get("data.campaign"));
        var brandsMe = GraphQL.post(brand.adminToken(), me(), Map.of());
        assertEquals("FORBIDDEN", brandsMe.getString("errors[0].extensions.code"));
    }

    @Test
    @Order(2)
    void aPeriodOrPostsPerCampaignOutOfRangeIsRefusedBeforeAnythingIsRead() {
        GrpcCallCounter.reset();
        var upsideDown =
                GraphQL.post(
                        annaToken,
                        "{ me { campaignDetails(from: \"2026-12-31\", to: \"2026-12-01\") { period { from } } } }");
        var tooMany =
                GraphQL.post(
                        annaToken,
                        "{ me { campaignDetails(postsPerCampaign: 101) { period { from } } } }");

        assertEquals("INVALID_ARGUMENT", upsideDown.getString("errors[0].extensions.code"));
        assertEquals(
                "from 2026-12-31 is after to 2026-12-01",
                upsideDown.getString("errors[0].message"));
        assertEquals(
                "postsPerCampaign must be between 1 and 100, got 101",
                tooMany.getString("errors[0].message"));
        assertEquals(Map.of(), GrpcCallCounter.snapshot());
    }

    @Test
    @Order(3)
    void theViewCostsTheSameCallsForTwoCampaignsAsForFiveWithTheirPosts() {
        GrpcCallCounter.reset();
        GraphQL.ok(annaToken, me(), Map.of());
        var few = GrpcCallCounter.snapshot();

        for (int i = 0; i < 3; i++) {
            String campaign = campaign("Batch " + i);
            offer(
                    PublishOfferRequest.newBuilder()
                            .setCampaignId(campaign)
                            .setPlan(
                                    CommissionPlan.newBuilder()
                                            .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                            .setRateBasisPoints(500)
                                            .setTierMode(TierMode.TIER_MODE_NONE)));
            api.memberships()
                    .acceptInvitation(
                            RespondToInvitationRequest.newBuilder()
                                    .setCreatorId(anna)
                                    .setMembershipId(brand.invite(campaign, anna))
                                    .build());
            plannedPost(campaign, anna, "First of " + i);
            plannedPost(campaign, anna, "Second of " + i);
            link(campaign, anna);
            code(campaign, anna, "BATCH" + i);
        }
        GrpcCallCounter.reset();
        var me = GraphQL.ok(annaToken, me(), Map.of());
        var many = GrpcCallCounter.snapshot();

        assertEquals(5, me.getList("data.me.campaignDetails").size());
        assertEquals(
                List.of(2, 2, 2, 0, 1), me.getList("data.me.campaignDetails.posts.totalCount"));
        assertEquals(
                List.of(1, 1, 1, 1, 1),
                me.getList("data.me.campaignDetails.collect { it.discountCodes.size() }"));
        // The memberships (the view's, and earnings' and statements' brand), the campaigns, their
        // offers, the links, the codes and the posts each in one call for all campaigns; one
        // report and one commission read per level (campaigns, posts); earnings and statements
        // one each.
        assertEquals(
                Map.ofEntries(
                        Map.entry("ListCreatorMemberships", 3),
                        Map.entry("BatchGetCampaigns", 1),
                        Map.entry("BatchGetOffersInEffect", 1),
                        Map.entry("ListCreatorLinks", 1),
                        Map.entry("ListCreatorDiscountCodes", 1),
                        Map.entry("ListPosts", 1),
                        Map.entry("GetReport", 2),
                        Map.entry("BatchGetCommissions", 2),
                        Map.entry("BatchGetBalances", 1),
                        Map.entry("ListCreatorStatements", 1)),
                many);
        assertEquals(few, many);
    }

    // ---------------------------------------------------------------------------------------------

    private static String me() {
        return ME.formatted(FROM, today(), PERFORMANCE);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String detail(String campaignId) {
        return "data.me.campaignDetails.find { it.campaign.id == '" + campaignId + "' }";
    }

    /** The terms of a campaign's offer as ME selects them, in this order. */
    private static List<Object> terms(JsonPath answer, String detail) {
        return Stream.of(
                        "plan.basis",
                        "plan.rateBasisPoints",
                        "plan.flatPerOrder",
                        "plan.tierMode",
                        "plan.tiers",
                        "plan.bonuses",
                        "plan.feePerPublishedPost",
                        "audienceDiscountPercent",
                        "attributionWindowDays",
                        "holdDays",
                        "priority")
                .map(term -> answer.get(detail + ".offer." + term))
                .toList();
    }

    private static CommissionTier tier(long fromMinor, int rate) {
        return CommissionTier.newBuilder().setFromMinor(fromMinor).setRateBasisPoints(rate).build();
    }

    private String campaign(String name) {
        return api.campaigns()
                .createCampaign(
                        CreateCampaignRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setName(name)
                                .setLandingUrl(
                                        "https://northwind.example/"
                                                + name.toLowerCase().replace(' ', '-'))
                                .setStartsOn(FROM)
                                .build())
                .getId();
    }

    private void offer(PublishOfferRequest.Builder offer) {
        api.offers().publishOffer(offer.setBrandId(brand.brandId()).build());
    }

    private String plannedPost(String campaignId, String creatorId, String brief) {
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
                                .setBrief(brief)
                                .build())
                .getId();
    }

    /** The creator submits the post in the app, the brand approves it. */
    private void submitAndApprove(String post, String token) {
        GraphQL.ok(
                token,
                "mutation($id: ID!) { submitPost(input: { postId: $id, caption: \"Trails #ad\" }) { post { status } } }",
                Map.of("id", post));
        api.calendar()
                .approvePost(
                        ApprovePostRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setPostId(post)
                                .build());
    }

    /** The creator publishes the approved post in the app. */
    private void publish(String post, String token) {
        GraphQL.ok(
                token,
                "mutation($id: ID!) { publishPost(input: { postId: $id, caption: \"Trails #ad\", "
                        + "publishedUrl: \"https://instagram.com/p/trails\" }) { post { status } } }",
                Map.of("id", post));
    }

    private String link(String campaignId, String creatorId) {
        return tracking.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setDestinationUrl("https://northwind.example/shop")
                                .build())
                .getCode();
    }

    private String code(String campaignId, String creatorId, String prefix) {
        return tracking.createDiscountCode(
                        CreateDiscountCodeRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCode(
                                        prefix + "-" + UUID.randomUUID().toString().substring(0, 8))
                                .setCreatorId(creatorId)
                                .setCampaignId(campaignId)
                                .build())
                .getCode();
    }

    /** tracking-service makes a post's own link from campaign-service's feed of publications. */
    private String awaitPostLink(String token, String campaignId) {
        String query =
                "query($ids: [String]) { me { campaignDetails(campaignIds: $ids) { posts { nodes { link { code madeForPost } } } } } }";
        return await("tracking-service made the approved post's own link")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                GraphQL.ok(token, query, Map.of("ids", List.of(campaignId)))
                                        .<String>get(
                                                "data.me.campaignDetails[0].posts.nodes[0].link.code"),
                        code -> code != null);
    }

    /** Commission reaches payout-service through tracking-service's outbox relay. */
    private void awaitCommission(String token, String campaignId, String amount) {
        String query =
                "query($ids: [String]) { me { campaignDetails(campaignIds: $ids) { performance { commission { amount } } } } }";
        await("the outbox relay brought the orders and the refund to payout-service")
                .atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                GraphQL.ok(token, query, Map.of("ids", List.of(campaignId)))
                                        .<String>get(
                                                "data.me.campaignDetails[0].performance.commission.amount"),
                        amount::equals);
    }
}
