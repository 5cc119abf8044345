package com.creatorplatform.tracking.clicks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.client.CampaignStatuses;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignFixtures.BrandWithOffer;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import com.creatorplatform.tracking.support.StoredClicks;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The redirect through real HTTP, with clicks checked in the real database and campaigns in the
 * real campaign-service.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class RedirectRouteTest {

    static final String BROWSER =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1";

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject Pool db;

    @Inject CampaignStatuses campaignStatuses;

    @ConfigProperty(name = "tracking.ip-hash-key")
    String ipHashKey;

    private final BrandWithOffer setup = CampaignFixtures.brandWithOffer();

    private final String creator = CampaignFixtures.member(setup.brandId(), setup.campaignId());

    private TrackingLink newLink(String postId) {
        return tracking.createTrackingLink(
                CreateTrackingLinkRequest.newBuilder()
                        .setBrandId(setup.brandId())
                        .setCampaignId(setup.campaignId())
                        .setCreatorId(creator)
                        .setPostId(postId)
                        .setDestinationUrl("https://shop.northwind.example/winter?size=m")
                        .setCreatorHandle("anna.trails")
                        .setPlatform("instagram")
                        .setCampaignName("Winter Trails")
                        .build());
    }

    private static Response click(String code, String visitor, String userAgent) {
        // A client's own X-Forwarded-For is not believed: the service is not configured as behind a
        // proxy.
        var request =
                given().redirects()
                        .follow(false)
                        .header("User-Agent", userAgent)
                        .header("Referer", "https://instagram.com/")
                        .header("X-Forwarded-For", "203.0.113.9");
        if (visitor != null) {
            request.cookie("cp_vid", visitor);
        }
        return request.get("/r/" + code);
    }

    private List<Row> storedClicks(String linkId, int expected) throws InterruptedException {
        return StoredClicks.of(db, linkId, expected);
    }

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void metricsNameTheRedirectsPathNeverALinkCode_andOtherMethodsAreRefused() {
        var link = newLink("");

        given().redirects()
                .follow(false)
                .head("/r/" + link.getCode())
                .then()
                .statusCode(405)
                .header("Allow", "GET");
        given().redirects().follow(false).post("/r/" + link.getCode()).then().statusCode(405);
        assertEquals(302, click(link.getCode(), null, BROWSER).statusCode());

        String scraped =
                given().get("http://127.0.0.1:" + managementPort + "/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(
                scraped.contains("uri=\"/r/{code}\""), "the redirect is counted under its route");
        assertFalse(scraped.contains(link.getCode()), "no label carries the link code");
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void aKnownCodeRedirectsWithUtmAndClickIdAndSetsTheVisitorCookie() throws Exception {
        String postId = CampaignFixtures.plannedPost(setup.brandId(), setup.campaignId(), creator);
        var link = newLink(postId);

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var response = click(link.getCode(), null, BROWSER);

        assertEquals(302, response.statusCode());
        String location = response.header("Location");
        assertTrue(
                location.startsWith(
                        "https://shop.northwind.example/winter?size=m&utm_source=anna.trails&utm_medium=instagram"
                                + "&utm_campaign=Winter+Trails&utm_content="
                                + postId
                                + "&cp_click="),
                location);
        String clickId = location.substring(location.indexOf("cp_click=") + "cp_click=".length());
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.startsWith("cp_vid="), setCookie);
        assertTrue(
                setCookie.toLowerCase().contains("httponly")
                        && setCookie.contains("SameSite=Lax")
                        && setCookie.contains("Max-Age=34560000"),
                setCookie);
        assertFalse(setCookie.contains("Secure"), "not behind TLS here");
        String visitor = response.cookie("cp_vid");

        var stored = storedClicks(link.getId(), 1).get(0);
        assertEquals(clickId, stored.getUUID("id").toString());
        Instant clickedAt = stored.getOffsetDateTime("clicked_at").toInstant();
        assertTrue(
                !clickedAt.isBefore(before) && clickedAt.isBefore(before.plusSeconds(10)),
                clickedAt + " vs " + before);
        assertEquals(visitor, stored.getUUID("visitor_id").toString());
        assertEquals(postId, stored.getUUID("post_id").toString());
        assertEquals(link.getCreatorId(), stored.getUUID("creator_id").toString());
        assertEquals("https://instagram.com/", stored.getString("referrer"));
        assertArrayEquals(
                new IpHasher(ipHashKey).hash("127.0.0.1"),
                stored.getBuffer("ip_hash").getBytes(),
                "the connection's peer, keyed");
        assertEquals(BROWSER, stored.getString("user_agent"));
        assertFalse(stored.getBoolean("is_bot"));
        assertTrue(stored.getBoolean("is_unique"));
        assertEquals("DRAFT", stored.getString("campaign_status"));
    }

    @Test
    void aPausedCampaignsLinkStillRedirects_andEachClickKeepsTheCampaignsStatusOfItsMoment()
            throws Exception {
        CampaignFixtures.moveCampaign(
                setup.brandId(),
                setup.campaignId(),
                CampaignStatus.CAMPAIGN_STATUS_ACTIVE,
                CampaignStatus.CAMPAIGN_STATUS_PAUSED);
        var link = newLink("");

        var whilePaused = click(link.getCode(), null, BROWSER);
        CampaignFixtures.moveCampaign(
                setup.brandId(), setup.campaignId(), CampaignStatus.CAMPAIGN_STATUS_ACTIVE);
        // The redirect reads statuses through this cache: once it has the new one, so has the next
        // click.
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                campaignStatuses
                                                .of(
                                                        UUID.fromString(setup.brandId()),
                                                        UUID.fromString(setup.campaignId()))
                                                .getNow(null)
                                        == com.creatorplatform.tracking.domain.attribution
                                                .CampaignStatus.ACTIVE);
        var afterResuming = click(link.getCode(), null, BROWSER);

        assertEquals(302, whilePaused.statusCode());
        assertTrue(
                whilePaused
                        .header("Location")
                        .startsWith(
                                "https://shop.northwind.example/winter?size=m&utm_source=anna.trails"),
                whilePaused.header("Location"));
        assertEquals(302, afterResuming.statusCode());
        assertEquals(
                List.of("PAUSED", "ACTIVE"),
                storedClicks(link.getId(), 2).stream()
                        .map(r -> r.getString("campaign_status"))
                        .toList());
    }

    @Test
    void aReturningVisitorKeepsItsIdAndARepeatWithinTheHourIsNotUnique() throws Exception {
        var link = newLink("");
        String visitor = UUID.randomUUID().toString();

        var first = click(link.getCode(), visitor, BROWSER);
        click(link.getCode(), visitor, BROWSER);

        assertNull(first.header("Set-Cookie"), "a known visitor gets no new cookie");
        var stored = storedClicks(link.getId(), 2);
        assertEquals(
                List.of(visitor, visitor),
                stored.stream().map(r -> r.getUUID("visitor_id").toString()).toList());
        assertEquals(
                List.of(true, false), stored.stream().map(r -> r.getBoolean("is_unique")).toList());
    }

    @Test
    void crawlerClicksAreStoredAsBots() throws Exception {
        var link = newLink("");
        assertEquals(302, click(link.getCode(), null, "facebookexternalhit/1.1").statusCode());
        assertTrue(storedClicks(link.getId(), 1).get(0).getBoolean("is_bot"));
    }

    @Test
    void anUnknownOrMalformedCodeIsA404PageAndStoresNothing() {
        for (String code : List.of("Unknown12345", "../etc", "x")) {
            var response = click(code, null, BROWSER);
            assertEquals(404, response.statusCode(), code);
            assertNull(response.header("Location"));
        }
        assertTrue(
                click("Unknown12345", null, BROWSER)
                        .asString()
                        .contains("This link does not exist"));
    }
}
