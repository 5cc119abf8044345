package com.creatorplatform.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.graphql.CampaignDashboardGraphQLTest;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.PrometheusText;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.gateway.support.TraceCollector;
import com.creatorplatform.gateway.support.TraceCollector.Span;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Traces, logs and business metrics of the running platform (docs/adr/0072): the gateway and the
 * three services export their spans to this JVM's {@link TraceCollector}; the metrics are read from
 * each service's management port before and after real actions.
 */
@QuarkusTest
@QuarkusTestResource(
        value = ObservabilityTest.TracedPlatformServices.class,
        restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityTest {

    /** The platform with every process exporting its spans to the test's collector. */
    public static class TracedPlatformServices extends PlatformServices {
        @Override
        protected boolean traced() {
            return true;
        }
    }

    private static final int TRACKING = PlatformServices.TRACKING.managementPort();
    private static final int PAYOUT = PlatformServices.PAYOUT.managementPort();
    private static final String STORED = "tracking_clicks_stored_total";
    private static final String ATTRIBUTION = "tracking_attribution_total";

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final TrackingServiceBlockingStub tracking =
            TrackingServiceGrpc.newBlockingStub(trackingChannel);

    Tenants brand;
    CampaignStory story;
    String link;

    @BeforeAll
    void story() {
        brand = Tenants.newBrand();
        story =
                CampaignStory.begin(
                        new CampaignApi(campaignChannel), tracking, brand, "Traced", 1000);
        String anna = story.activeMember("Anna");
        String post =
                story.post(
                        anna,
                        Platform.PLATFORM_INSTAGRAM,
                        Instant.parse("2026-12-01T10:00:00Z"),
                        "Traced post");
        link = story.link(anna, post, "INSTAGRAM");
    }

    @AfterAll
    void close() {
        List.of(campaignChannel, trackingChannel).forEach(ManagedChannel::shutdownNow);
    }

    @Test
    @Order(1)
    void businessMetricsCountWhatHappened() {
        double humans = tracking(STORED, "bot=false", "unique=true");
        double bots =
                tracking(STORED, "bot=true", "unique=true")
                        + tracking(STORED, "bot=true", "unique=false");
        double lastClick = tracking(ATTRIBUTION, "outcome=ATTRIBUTED", "rule=LAST_CLICK");
        double refused = tracking("tracking_webhook_rejected_total", "reason=signature");
        double runs = PrometheusText.value(PAYOUT, "payout_run_duration_seconds_count");

        String click = ShopActivity.click(link, "Mozilla/5.0");
        ShopActivity.click(link, "Mozilla/5.0");
        ShopActivity.click(link, "Googlebot/2.1 (+http://www.google.com/bot.html)");
        ShopActivity.awaitClicks(tracking, brand.brandId(), 3);
        ShopActivity.order(tracking, brand.brandId(), "OBS-1", 10_000, click, "");
        given().baseUri("http://127.0.0.1")
                .port(PlatformServices.TRACKING.httpPort())
                .header("X-Brand-Id", brand.brandId())
                .body("{}")
                .post("/webhooks/orders")
                .then()
                .statusCode(401);
        GraphQL.ok(
                brand.adminToken(),
                "mutation { startPayoutRun(input: { period: \"2026-10\" }) { run { id } } }");

        await("the metrics count the clicks, the order, the refusal and the run")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> {
                            // Two first visits (each unique) and a bot's.
                            assertEquals(humans + 2, tracking(STORED, "bot=false", "unique=true"));
                            assertEquals(
                                    bots + 1,
                                    tracking(STORED, "bot=true", "unique=true")
                                            + tracking(STORED, "bot=true", "unique=false"));
                            assertEquals(
                                    lastClick + 1,
                                    tracking(ATTRIBUTION, "outcome=ATTRIBUTED", "rule=LAST_CLICK"));
                            assertEquals(
                                    refused + 1,
                                    tracking(
                                            "tracking_webhook_rejected_total", "reason=signature"));
                            assertEquals(
                                    runs + 1,
                                    PrometheusText.value(
                                            PAYOUT, "payout_run_duration_seconds_count"));
                        });
        // Three redirects timed, each within the histogram's last bucket.
        assertTrue(
                PrometheusText.value(
                                TRACKING,
                                "http_server_requests_seconds_bucket",
                                "uri=/r/{code}",
                                "le=1.0")
                        >= 3);
        // Gauges the alert rules read are published.
        for (var gauge :
                List.of(
                        "tracking_outbox_pending",
                        "tracking_outbox_lag_seconds",
                        "tracking_clicks_pending",
                        "tracking_clicks_lost_total")) {
            assertTrue(
                    metricsText(TRACKING).contains(gauge + " ")
                            || metricsText(TRACKING).contains(gauge + "{"),
                    gauge);
        }
        assertTrue(metricsText(TRACKING).contains("feed_lag_seconds{feed=\"approved-posts\""));
        assertTrue(metricsText(PAYOUT).contains("feed_lag_seconds{feed=\"published-posts\""));
    }

    @Test
    @Order(2)
    void theDashboardRequestIsOneTraceThroughTheGatewayTheServicesAndTheirDatabases()
            throws Exception {
        TraceCollector collector = TraceCollector.instance();
        collector.reset();

        var answer =
                GraphQL.ok(
                        brand.viewerToken(),
                        CampaignDashboardGraphQLTest.DASHBOARD,
                        Map.of("id", story.campaignId(), "first", 20));
        // The services verified the user's token that the gateway forwarded (next to traceparent).
        assertEquals(1, answer.getList("data.campaign.creators.nodes").size());

        var services = Set.of("gateway", "campaign-service", "tracking-service", "payout-service");
        List<Span> trace =
                await("spans of the request from every process")
                        .atMost(Duration.ofSeconds(20))
                        .until(
                                () -> requestTrace(collector.spans()),
                                spans ->
                                        spans.stream()
                                                .filter(span -> span.kind() == Span.SERVER)
                                                .map(Span::service)
                                                .collect(Collectors.toSet())
                                                .containsAll(services));

        // Every service answered the gateway's gRPC calls inside the request's trace, and read
        // its database there.
        for (String service : services) {
            assertTrue(
                    trace.stream()
                            .anyMatch(
                                    span ->
                                            span.service().equals(service)
                                                    && span.kind() == Span.CLIENT
                                                    && span.attributes().keySet().stream()
                                                            .anyMatch(
                                                                    key ->
                                                                            key.startsWith(
                                                                                    service.equals(
                                                                                                    "gateway")
                                                                                            ? "rpc."
                                                                                            : "db."))),
                    service + " has its calls in the trace: " + trace);
        }
        // Each service span answers a call made inside the trace (the gateway's, or another
        // service's).
        Set<String> calls =
                trace.stream()
                        .filter(span -> span.kind() == Span.CLIENT)
                        .map(Span::spanId)
                        .collect(Collectors.toSet());
        assertTrue(
                trace.stream()
                        .filter(
                                span ->
                                        !span.service().equals("gateway")
                                                && span.kind() == Span.SERVER)
                        .allMatch(span -> calls.contains(span.parentId())),
                "every service span answers a call of the trace: " + trace);
    }

    @Test
    @Order(3)
    void serviceLogLinesAreJsonWithTheTraceOfTheirCall() throws Exception {
        // The story's link (created before the tests): tracking-service logged its creation inside
        // its gRPC call. (Orders are stored in batches, with no line per order: ADR 0075.)
        var json = new ObjectMapper();
        List<JsonNode> lines =
                Files.readAllLines(Path.of("target", "service-logs", "tracking-service.log"))
                        .stream()
                        .filter(line -> line.startsWith("{") && line.contains("created link "))
                        .map(
                                line -> {
                                    try {
                                        return json.readTree(line);
                                    } catch (Exception e) {
                                        throw new IllegalStateException(line, e);
                                    }
                                })
                        .toList();
        assertFalse(lines.isEmpty(), "the link's log line, as JSON");
        JsonNode line = lines.get(0);
        assertEquals("tracking-service", line.path("service.name").asText());
        assertTrue(
                line.path("mdc").path("traceId").asText().matches("[0-9a-f]{32}"), line.toString());
    }

    /** The spans of the trace whose root is the gateway's POST /graphql. */
    private static List<Span> requestTrace(List<Span> spans) {
        return spans.stream()
                .filter(
                        span ->
                                span.service().equals("gateway")
                                        && span.kind() == Span.SERVER
                                        && span.parentId().isEmpty())
                .map(Span::traceId)
                .findFirst()
                .map(id -> spans.stream().filter(span -> span.traceId().equals(id)).toList())
                .orElse(List.of());
    }

    private static double tracking(String metric, String... labels) {
        return PrometheusText.value(TRACKING, metric, labels);
    }

    private static String metricsText(int port) {
        return given().baseUri("http://127.0.0.1").port(port).get("/q/metrics").asString();
    }
}
