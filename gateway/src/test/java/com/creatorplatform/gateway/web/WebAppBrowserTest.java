package com.creatorplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
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
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * and an order of 50.00, and two posts submitted for review. Last month Anna earned 60.00 (an order
 * of 600.00 as payout-service was told of it), which the admin's payout run puts on a statement.
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
    private final ManagedChannel payoutChannel = PlatformServices.channel(PlatformServices.PAYOUT);

    private Browser browser;
    private Tenants brand;
    private String campaignId;
    private String anna;
    private String annaPost;
    private String annaLink;
    private String benReview;
    private String benHaul;
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
        benReview = story.post(ben, Platform.PLATFORM_TIKTOK, at, "Ben's review");
        String benPostLink = story.link(ben, benReview, "TIKTOK");
        benHaul =
                story.post(
                        ben, Platform.PLATFORM_TIKTOK, at.plus(Duration.ofDays(2)), "Ben's haul");
        for (String post : List.of(benReview, benHaul)) {
            api.calendar()
                    .submitPost(
                            SubmitPostRequest.newBuilder()
                                    .setCreatorId(ben)
                                    .setPostId(post)
                                    .setCaption("Winter gear #ad")
                                    .build());
        }
        String annaClick = ShopActivity.click(annaPostLink, "Mozilla/5.0");
        ShopActivity.click(annaPostLink, "Mozilla/5.0");
        String benClick = ShopActivity.click(benPostLink, "Mozilla/5.0");
        ShopActivity.awaitClicks(tracking, brand.brandId(), 3);
        ShopActivity.order(tracking, brand.brandId(), "W-1", 10_000, annaClick, "");
        ShopActivity.order(tracking, brand.brandId(), "W-2", 5_000, benClick, "");
        lastMonthsOrderOfAnna(story);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        today = day.toString();
        from = day.minusDays(29).toString();
    }

    @AfterAll
    void close() {
        browser.close();
        List.of(campaignChannel, trackingChannel, payoutChannel)
                .forEach(ManagedChannel::shutdownNow);
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
        Download report =
                page.waitForDownload(
                        () -> page.getByRole(AriaRole.BUTTON, name("Export CSV")).click());
        List<String> reportLines = Files.readAllLines(report.path());
        assertTrue(reportLines.get(0).startsWith("day,"), reportLines.get(0));
        assertEquals(
                3, reportLines.size(), "a header and a row per creator and day: " + reportLines);
        assertTrue(
                reportLines.stream()
                        .anyMatch(
                                l ->
                                        l.startsWith(today + ",")
                                                && l.contains(anna)
                                                && l.contains("100.00")),
                reportLines.toString());
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

        choosesCreators(page);
        reviewsPosts(page);
        assertEquals(List.of(), browser.securityPolicyViolations());
        page.context().close();
    }

    /**
     * Creator selection: the roster ranked as the API ranks it (Cara, who fits the audience,
     * first); Cara is shortlisted and invited, and the invitation is there for any client.
     */
    private void choosesCreators(Page page) {
        String token = brand.adminToken();
        GraphQL.ok(
                token,
                "mutation($id: ID!) { setCampaignAudience(input: { campaignId: $id,"
                        + " targetNiches: [\"running\"], targetCountries: [\"DE\"] }) { campaign { id } } }",
                Map.of("id", campaignId));
        String cara = rosterCreator(token, "Cara", "DE", "running", 800);
        rosterCreator(token, "Dan", "US", "cooking", 100);
        JsonPath ranked =
                GraphQL.ok(
                        token,
                        "query($id: ID!) { rankCandidates(campaignId: $id) { score creator { id } } }",
                        Map.of("id", campaignId));
        List<String> order = ranked.getList("data.rankCandidates.creator.id");
        assertEquals(cara, order.get(0));

        page.getByRole(AriaRole.LINK, name("Choose creators")).click();
        Locator candidates = page.locator("tr[data-candidate]");
        assertThat(candidates).hasCount(order.size());
        for (int i = 0; i < order.size(); i++) {
            Locator row = candidates.nth(i);
            assertThat(row).hasAttribute("data-candidate", order.get(i));
            assertThat(row.locator("[data-field=rank]")).hasText(String.valueOf(i + 1));
            double score = ranked.getDouble("data.rankCandidates[" + i + "].score");
            assertThat(row.locator("[data-field=score]"))
                    .hasText(new BigDecimal(score).setScale(1, RoundingMode.HALF_UP).toString());
        }
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, name("Shortlist Cara")).click();
        Locator shortlisted = page.locator("tr[data-membership]").filter(hasText("Cara"));
        assertThat(shortlisted.locator(".status")).hasText("SHORTLISTED");
        assertThat(candidates).hasCount(order.size() - 1);
        shortlisted.getByLabel("Message to Cara").fill("Run the winter trails with us");
        shortlisted
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Invite Cara"))
                .click();
        assertThat(shortlisted.locator(".status")).hasText("INVITED");
        assertThat(page.getByText("Cara is invited")).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "creator-selection");

        JsonPath memberships =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($id: ID!) { campaignMemberships(campaignId: $id, first: 100) {"
                                + " nodes { creatorId status invitationMessage } } }",
                        Map.of("id", campaignId));
        String caras = "data.campaignMemberships.nodes.find { it.creatorId == '" + cara + "' }";
        assertEquals("INVITED", memberships.getString(caras + ".status"));
        assertEquals(
                "Run the winter trails with us",
                memberships.getString(caras + ".invitationMessage"));
    }

    /**
     * The content calendar of the posts' month: Ben's review is approved, his haul sent back with
     * the changes wanted, and the API answers the same states.
     */
    private void reviewsPosts(Page page) {
        page.getByRole(AriaRole.LINK, name("Campaign page")).click();
        page.getByRole(AriaRole.LINK, name("Content calendar")).click();
        showMonth(page, "2026-12");
        assertThat(page.locator("[data-summary]")).containsText("3 posts, 2 waiting for review");
        Locator review = page.locator("tr[data-post='" + benReview + "']");
        Locator haul = page.locator("tr[data-post='" + benHaul + "']");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, name("Approve “Ben's review”")).click();
        assertThat(review.locator("[data-field=status]")).hasText("APPROVED");
        haul.getByLabel("Changes wanted for “Ben's haul”").fill("Show the hood, please");
        page.getByRole(AriaRole.BUTTON, name("Request changes to “Ben's haul”")).click();
        assertThat(haul.locator("[data-field=status]")).hasText("CHANGES_REQUESTED");
        assertThat(haul).containsText("Changes asked: Show the hood, please");
        assertThat(page.locator("[data-summary]")).containsText("0 waiting for review");
        Browser.screenshot(page, "calendar");

        JsonPath posts =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($id: ID!) { posts(campaignId: $id, first: 10) { nodes { id status feedback } } }",
                        Map.of("id", campaignId));
        assertEquals(
                "APPROVED",
                posts.getString("data.posts.nodes.find { it.id == '" + benReview + "' }.status"));
        String haulAnswer = "data.posts.nodes.find { it.id == '" + benHaul + "' }";
        assertEquals("CHANGES_REQUESTED", posts.getString(haulAnswer + ".status"));
        assertEquals("Show the hood, please", posts.getString(haulAnswer + ".feedback"));
    }

    /** A creator on the brand's roster with an Instagram account of 20,000 followers. */
    private static String rosterCreator(
            String token, String name, String country, String niche, int engagement) {
        Map<String, Object> account =
                Map.of(
                        "platform",
                        "INSTAGRAM",
                        "handle",
                        name.toLowerCase(),
                        "followers",
                        20_000,
                        "engagementRateBasisPoints",
                        engagement);
        Map<String, Object> input =
                Map.of(
                        "name",
                        name,
                        "email",
                        name.toLowerCase() + "-" + UUID.randomUUID() + "@creators.example",
                        "country",
                        country,
                        "niches",
                        List.of(niche),
                        "accounts",
                        List.of(account));
        return GraphQL.ok(
                        token,
                        "mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id } } }",
                        Map.of("input", input))
                .getString("data.createCreator.creator.id");
    }

    private static void showMonth(Page page, String month) {
        page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).fill(month);
        page.getByRole(AriaRole.BUTTON, name("Show month")).click();
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    @Test
    @Order(2)
    void aViewerSeesNoWriteActionAndSignsInAgainOnTheSamePageWhenTheSessionEnded() {
        var viewer = TestTokens.newLogin(CallerClaims.BRAND_VIEWER, brandClaim());
        Page page = browser.desktop();
        page.clock().install();
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

        // Choosing creators and the calendar: what the admin did, and no write action.
        page.getByRole(AriaRole.LINK, name("Choose creators")).click();
        assertThat(page.locator("tr[data-membership]").filter(hasText("Cara")).locator(".status"))
                .hasText("INVITED");
        assertThat(page.locator("tr[data-candidate] [data-field=rank]")).hasText("1");
        assertThat(page.locator("[data-action]")).hasCount(0);
        page.getByRole(AriaRole.LINK, name("Campaign page")).click();
        page.getByRole(AriaRole.LINK, name("Content calendar")).click();
        showMonth(page, "2026-12");
        assertThat(page.locator("tr[data-post]")).hasCount(3);
        assertThat(page.locator("[data-action]")).hasCount(0);

        // The session ends at Keycloak and, 20 minutes on, the access token has expired: the next
        // request cannot refresh it, so the app signs in again and comes back to the same page.
        String user =
                JsonPath.from(
                                TestTokens.admin(
                                        "GET",
                                        "/users?exact=true&username=" + viewer.username(),
                                        null))
                        .getString("[0].id");
        TestTokens.admin("POST", "/users/" + user + "/logout", null);
        page.clock().fastForward("20:00");
        String calendar = page.url();
        showMonth(page, "2026-12");
        Browser.signIn(page, viewer, origin());
        assertThat(heading(page, "Content calendar: Winter in the browser")).isVisible();
        assertThat(page.locator("tr[data-post]")).hasCount(3);
        assertEquals(calendar, page.url());
        page.context().close();
    }

    @Test
    @Order(3)
    void aCreatorOnAPhoneCopiesALinkAndSeesEarningsChangeLiveAfterAnOrder() {
        var creator = TestTokens.newLogin(CallerClaims.CREATOR, Map.of("creator_id", anna));
        Page page = browser.phone();
        page.navigate(origin() + "/");
        Browser.signIn(page, creator, origin());

        // 10 % of 100.00, in its hold, and last month's 60.00.
        Locator total = page.locator("[data-field=total]");
        assertThat(total).hasText("70.00 EUR");
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
                .hasText("90.00 EUR", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page.getByText("Just now: accrual of 20.00 EUR.")).isVisible();
        Browser.screenshot(page, "creator-phone");

        // Her statement of the admin's payout run for last month: 60.00, its line her order.
        Locator statement = page.locator("[data-statement]");
        assertThat(statement).hasCount(1);
        assertThat(statement.locator("[data-field=statement-total]")).hasText("60.00 EUR");
        statement.getByText("1 line").click();
        assertThat(statement.locator("tbody tr"))
                .hasText(Pattern.compile("Order W-0\\s*60\\.00 EUR$"));
        Browser.assertAccessible(page);
        Browser.screenshot(
                page.locator("section[aria-labelledby=statements-title]"), "creator-statements");

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

    /** Anna's order of 600.00 on the first of last month, 10 %, held 7 days: 60.00 payable. */
    private void lastMonthsOrderOfAnna(CampaignStory story) {
        Instant at =
                LocalDate.now(ZoneOffset.UTC)
                        .withDayOfMonth(1)
                        .minusMonths(1)
                        .atTime(10, 0)
                        .toInstant(ZoneOffset.UTC);
        PayoutServiceGrpc.newBlockingStub(payoutChannel)
                .applyOrderEvents(
                        ApplyOrderEventsRequest.newBuilder()
                                .addEvents(
                                        OrderEvent.newBuilder()
                                                .setEventId(brand.brandId() + "/W-0")
                                                .setBrandId(brand.brandId())
                                                .setOrderId("W-0")
                                                .setCreatorId(anna)
                                                .setCampaignId(story.campaignId())
                                                .setOfferVersionId(UUID.randomUUID().toString())
                                                .setKind(OrderEventKind.ORDER_EVENT_KIND_COMPLETED)
                                                .setOrderAmount(ShopActivity.eur(60_000))
                                                .setOccurredAt(WireTypes.timestamp(at))
                                                .setHoldDays(7)
                                                .setPlan(CampaignStory.percentOf(1000)))
                                .build());
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
