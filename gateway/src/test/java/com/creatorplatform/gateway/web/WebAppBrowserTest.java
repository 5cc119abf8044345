package com.creatorplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.identity.CallerClaims;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.Browser;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.campaign.v1.Goal;
import com.creatorplatform.proto.campaign.v1.GoalMetric;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The web app at / in real Chromium, against the real gateway, services and Keycloak: users sign in
 * on Keycloak's login page (code flow with PKCE) and see what the GraphQL API answers them. Story
 * (offer 10 %): Anna, 2 clicks on her post's link and an order of 100.00 through it; Ben, 1 click
 * and an order of 50.00.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest {

    private static final String FIGURES =
            "clicks uniqueClicks orders revenue { amount currency } netRevenue { amount currency }"
                    + " commission { amount currency }";

    /** The figures the page shows, asked of the API as any client would. */
    private static final String DASHBOARD =
            """
            query($id: ID!, $from: Date!, $to: Date!) { campaign(id: $id) {
              creators(first: 100, from: $from, to: $to) { nodes {
                creator { id name }
                performance { %1$s }
                posts { nodes { post { id } performance { %1$s } } }
              } }
            } }"""
                    .formatted(FIGURES);

    private static final List<String> FIELDS =
            List.of("clicks", "uniqueClicks", "orders", "revenue", "netRevenue", "commission");

    @TestHTTPResource("/")
    URL root;

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final CampaignApi api = new CampaignApi(campaignChannel);
    private final TrackingServiceBlockingStub tracking =
            TrackingServiceGrpc.newBlockingStub(trackingChannel);

    private Browser browser;
    private Tenants brand;
    private String campaignId;
    private String anna;
    private String annaPost;
    private String annaLink;
    private String today;
    private String from;

    @BeforeAll
    void story() {
        browser = new Browser();
        brand = Tenants.newBrand();
        var story = CampaignStory.begin(api, tracking, brand, "Winter in the browser", 1000);
        campaignId = story.campaignId();
        api.campaigns()
                .setCampaignGoals(
                        SetCampaignGoalsRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .addGoals(goal(GoalMetric.GOAL_METRIC_REVENUE, 100_000))
                                .addGoals(goal(GoalMetric.GOAL_METRIC_ORDERS, 4))
                                .build());
        anna = story.activeMember("Anna");
        String ben = story.activeMember("Ben");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        annaPost = story.post(anna, Platform.PLATFORM_INSTAGRAM, at, "Anna's unboxing");
        String annaPostLink = story.link(anna, annaPost, "INSTAGRAM");
        annaLink = story.link(anna, "", "");
        String benPostLink =
                story.link(
                        ben,
                        story.post(ben, Platform.PLATFORM_TIKTOK, at, "Ben's review"),
                        "TIKTOK");
        String annaClick = ShopActivity.click(annaPostLink, "Mozilla/5.0");
        ShopActivity.click(annaPostLink, "Mozilla/5.0");
        String benClick = ShopActivity.click(benPostLink, "Mozilla/5.0");
        ShopActivity.awaitClicks(tracking, brand.brandId(), 3);
        ShopActivity.order(tracking, brand.brandId(), "W-1", 10_000, annaClick, "");
        ShopActivity.order(tracking, brand.brandId(), "W-2", 5_000, benClick, "");
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        today = day.toString();
        from = day.minusDays(29).toString();
    }

    @AfterAll
    void close() {
        browser.close();
        List.of(campaignChannel, trackingChannel).forEach(ManagedChannel::shutdownNow);
    }

    @Test
    @Order(1)
    void aBrandAdminSeesTheCampaignsFiguresAsTheApiAnswersThemAndExportsThem() throws IOException {
        var admin = TestTokens.newLogin(CallerClaims.BRAND_ADMIN, brandClaim());
        JsonPath answer = dashboardOnceCommissionIsIn(TestTokens.signInAs(admin));
        Page page = browser.desktop();

        // A link to the campaign survives the round trip through Keycloak's login page.
        page.navigate(origin() + "/#/campaigns/" + campaignId);
        Browser.signIn(page, admin, origin());
        assertThat(heading(page, "Winter in the browser")).isVisible();
        assertEquals(origin() + "/#/campaigns/" + campaignId, page.url());

        List<Map<String, Object>> creators = answer.getList("data.campaign.creators.nodes");
        assertEquals(2, creators.size());
        for (int i = 0; i < creators.size(); i++) {
            String creator = answer.getString("data.campaign.creators.nodes[" + i + "].creator.id");
            Locator row = page.locator("tr[data-creator='" + creator + "']");
            assertFigures(answer, "data.campaign.creators.nodes[" + i + "].performance", row);
            row.getByRole(AriaRole.BUTTON).click();
            String post =
                    answer.getString(
                            "data.campaign.creators.nodes[" + i + "].posts.nodes[0].post.id");
            assertFigures(
                    answer,
                    "data.campaign.creators.nodes[" + i + "].posts.nodes[0].performance",
                    page.locator("tr[data-post='" + post + "']"));
        }
        assertThat(page.locator("tr[data-creator='" + anna + "'] [data-field=revenue]"))
                .hasText("100.00 EUR");

        // The chart: a point a day for the 30 days shown, today's clicks and orders, pixels drawn.
        assertThat(page.locator("cp-daily-chart")).hasAttribute("data-drawn", "30");
        page.getByText("The chart's figures as a table").click();
        assertThat(page.locator("cp-daily-chart tbody tr").last())
                .hasText(today + "3" + "2" + "150.00");
        int painted =
                (Integer)
                        page.locator("cp-daily-chart canvas")
                                .evaluate(
                                        "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                                + " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }");
        assertTrue(painted > 1000, "the chart's canvas is blank (" + painted + " pixels)");

        // The revenue goal: 150.00 of 1,000.00.
        assertThat(page.locator("[data-goal=REVENUE]")).containsText("150.00 EUR of 1000.00 EUR");

        Browser.assertAccessible(page);
        Browser.screenshot(page, "campaign");

        Download csv =
                page.waitForDownload(
                        () -> page.getByRole(AriaRole.BUTTON, name("Export CSV")).click());
        List<String> lines = Files.readAllLines(csv.path());
        assertTrue(
                lines.get(0).startsWith("day,campaign_id,campaign_name,creator_id,creator_name"));
        assertEquals(3, lines.size(), "a header and a row per creator: " + lines);
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.contains(anna)
                                                && l.contains(",Anna,")
                                                && l.contains("100.00")),
                lines.toString());
        assertThat(
                        page.getByRole(AriaRole.STATUS)
                                .filter(new Locator.FilterOptions().setHasText("Exported")))
                .hasText("Exported 2 rows to " + csv.suggestedFilename() + ".");

        // Reports: the brand's figures by creator for the same days, one row each.
        page.getByRole(AriaRole.LINK, name("Reports")).click();
        assertThat(page.locator("table[data-report] tbody tr")).hasCount(2);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Day")).check();
        page.getByRole(AriaRole.BUTTON, name("Show report")).click();
        assertThat(page.locator("table[data-report] tbody tr")).hasCount(2);
        assertThat(page.locator("table[data-report] thead th").nth(1)).hasText("Day");
        Browser.assertAccessible(page);
        page.goBack();

        // Payouts: a run for last month is started, computed (watched live), approved, exported.
        page.getByRole(AriaRole.LINK, name("Payouts")).click();
        page.getByRole(AriaRole.BUTTON, name("Start payout run")).click();
        Locator run = page.locator("tr[data-run]").first();
        assertThat(run.locator(".status")).hasText("DRAFT");
        run.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(run.locator(".status")).hasText("APPROVED");
        Download payments =
                page.waitForDownload(
                        () ->
                                run.getByRole(
                                                AriaRole.BUTTON,
                                                new Locator.GetByRoleOptions()
                                                        .setName("Export for payment"))
                                        .click());
        assertTrue(payments.suggestedFilename().endsWith(".csv"), payments.suggestedFilename());
        Browser.assertAccessible(page);
        page.goBack();

        // A write action: the campaign goes live.
        page.getByRole(AriaRole.BUTTON, name("Activate campaign")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, name("Pause campaign"))).isVisible();
        assertEquals(List.of(), browser.securityPolicyViolations());
        page.context().close();
    }

    @Test
    @Order(2)
    void aViewerSeesNoWriteActionAndSignsInAgainOnTheSamePage() {
        var viewer = TestTokens.newLogin(CallerClaims.BRAND_VIEWER, brandClaim());
        Page page = browser.desktop();
        page.navigate(origin() + "/");
        Browser.signIn(page, viewer, origin());
        assertThat(page.getByRole(AriaRole.LINK, name("Winter in the browser"))).isVisible();
        Browser.screenshot(page, "campaigns");
        page.getByRole(AriaRole.LINK, name("Winter in the browser")).click();
        assertThat(page.locator("tr[data-creator='" + anna + "'] [data-field=orders]"))
                .hasText("1");
        assertThat(page.locator("[data-action]")).hasCount(0);
        page.getByRole(AriaRole.LINK, name("Payouts")).click();
        assertThat(page.locator("tr[data-run] .status")).hasText("APPROVED");
        assertThat(page.locator("[data-action]")).hasCount(0);
        page.goBack();
        assertThat(page.getByRole(AriaRole.BUTTON, name("Export CSV"))).isEnabled();

        // The session ends (Keycloak's cookies gone, the page reloaded): signing in again comes
        // back to the campaign.
        page.context().clearCookies();
        page.reload();
        Browser.signIn(page, viewer, origin());
        assertThat(heading(page, "Winter in the browser")).isVisible();
        assertEquals(origin() + "/#/campaigns/" + campaignId, page.url());
        page.context().close();
    }

    @Test
    @Order(3)
    void aCreatorOnAPhoneCopiesALinkAndSeesEarningsChangeLiveAfterAnOrder() {
        var creator = TestTokens.newLogin(CallerClaims.CREATOR, Map.of("creator_id", anna));
        Page page = browser.phone();
        page.navigate(origin() + "/");
        Browser.signIn(page, creator, origin());

        // 10 % of 100.00, in its hold.
        Locator total = page.locator("[data-field=total]");
        assertThat(total).hasText("10.00 EUR");
        Locator campaign = page.locator("[data-campaign='" + campaignId + "']");
        String url = campaign.locator("code").first().textContent();
        assertTrue(url.contains("/r/"), url);
        page.getByRole(AriaRole.BUTTON, name("Copy link " + url)).click();
        assertThat(page.getByText("Copied " + url)).isVisible();
        assertEquals(url, page.evaluate("navigator.clipboard.readText()"));
        Browser.assertAccessible(page);

        // An order through her general link: 10 % of 200.00 arrives over the subscription. The
        // order comes once the click is stored (the setup's three and this one), as a shop's would.
        String click = ShopActivity.click(annaLink, "Mozilla/5.0");
        ShopActivity.awaitClicks(tracking, brand.brandId(), 4);
        ShopActivity.order(tracking, brand.brandId(), "W-3", 20_000, click, "");
        assertThat(total)
                .hasText("30.00 EUR", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page.getByText("Just now: accrual of 20.00 EUR.")).isVisible();
        Browser.screenshot(page, "creator-phone");

        // The calendar: she submits her post's caption; once the brand approved it, she publishes.
        Locator post = page.locator("form[data-post='" + annaPost + "']");
        post.getByLabel("Caption").fill("Unboxing the winter trail shoes #ad");
        post.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByText("Submitted for review.")).isVisible();
        assertThat(post).hasCount(0);
        GraphQL.ok(
                brand.adminToken(),
                "mutation($id: ID!) { approvePost(input: { postId: $id }) { post { status } } }",
                Map.of("id", annaPost));
        page.reload();
        post.getByLabel("Published at (URL)").fill("https://instagram.example/p/unboxing");
        post.getByLabel("Caption").fill("Unboxing the winter trail shoes #ad");
        post.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.getByText("Published.")).isVisible();
        assertEquals(List.of(), browser.securityPolicyViolations());
        page.context().close();
    }

    @Test
    @Order(4)
    void pagesComeWithTheirPolicyAndTheSignInSettings() {
        given().get("/")
                .then()
                .statusCode(200)
                .header(
                        "Content-Security-Policy",
                        containsString(
                                "script-src 'self'; style-src 'self';"
                                        + " img-src 'self' data:; connect-src 'self' "
                                        + TestTokens.KEYCLOAK_URL
                                        + ";"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", "no-cache")
                .body(containsString("/static/bundle/app-"));
        given().get("/web-config.json")
                .then()
                .statusCode(200)
                .body("issuer", equalTo(TestTokens.ISSUER))
                .body("clientId", equalTo("platform-web"));
        // The API's answers are not pages: no policy there.
        given().auth()
                .oauth2(brand.viewerToken())
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", nullValue());
    }

    private JsonPath dashboardOnceCommissionIsIn(String token) {
        Map<String, Object> variables = Map.of("id", campaignId, "from", from, "to", today);
        return await("the orders' commission reached payout-service")
                .atMost(Duration.ofSeconds(15))
                .until(
                        () -> GraphQL.ok(token, DASHBOARD, variables),
                        answer ->
                                answer
                                        .getList(
                                                "data.campaign.creators.nodes.performance.commission")
                                        .stream()
                                        .allMatch(c -> c != null));
    }

    /** The row shows the API's figures: counts as they are, money as "amount currency". */
    private static void assertFigures(JsonPath answer, String performance, Locator row) {
        for (String field : FIELDS) {
            Object value = answer.get(performance + "." + field);
            String shown =
                    value instanceof Map<?, ?> money
                            ? money.get("amount") + " " + money.get("currency")
                            : value == null ? "—" : value.toString();
            assertThat(row.locator("[data-field=" + field + "]").first()).hasText(shown);
        }
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Map<String, String> brandClaim() {
        return Map.of("brand_id", brand.brandId());
    }

    private String origin() {
        return root.toString().replaceAll("/$", "");
    }

    private static Goal goal(GoalMetric metric, long target) {
        return Goal.newBuilder().setMetric(metric).setTarget(target).build();
    }
}
