package com.creatorplatform.gateway.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.gateway.graphql.CampaignDashboardGraphQLTest;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.GrpcCallCounter;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.gateway.support.TraceCollector;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's one request (100 creators × 20 posts, with figures) through the gateway against
 * running the same reads as SQL straight on the three databases and serialising the rows to JSON,
 * in one run. Not part of the test suite (its name is not *Test): bench/dashboard.sh runs it.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class DashboardBenchmark {

    static final int CREATORS = Integer.getInteger("bench.creators", 100);
    static final int POSTS = Integer.getInteger("bench.posts", 20);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    static final int WARMUP = Integer.getInteger("bench.warmup", 2000);
    static final int FULL_WARMUP = Integer.getInteger("bench.full-warmup", 400);
    static final String PG =
            "jdbc:postgresql://127.0.0.1:" + ServiceProcess.env("PG_PORT", "55433") + "/";

    @Test
    void theOneRequestAgainstTheSameSqlDirectly() throws Exception {
        var brand = Tenants.newBrand();
        var story = build(brand);
        analyze();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> vars =
                new HashMap<>(Map.of("id", story.campaignId(), "first", CREATORS));

        var answer = GraphQL.ok(brand.viewerToken(), CampaignDashboardGraphQLTest.DASHBOARD, vars);
        assertEquals(CREATORS, answer.getList("data.campaign.creators.nodes").size());
        assertEquals(
                CREATORS * POSTS,
                answer.getList("data.campaign.creators.nodes.posts.nodes.flatten()").size());
        assertEquals(
                CREATORS * ((POSTS + 1) / 2),
                answer.<Integer>getList("data.campaign.creators.nodes.performance.orders").stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                "every sale is attributed, so the figures include orders and commissions");
        assertEquals(
                CREATORS,
                answer
                        .getList("data.campaign.creators.nodes.performance.commission.amount")
                        .stream()
                        .filter(Objects::nonNull)
                        .count());

        var sql =
                new DirectReads(
                        brand.brandId(),
                        story.campaignId(),
                        story.creatorIds(),
                        "2026-11-01",
                        today);
        var http = HttpClient.newHttpClient();
        var request = dashboard(brand.viewerToken(), vars);
        warmUp(
                http,
                dashboard(
                        brand.viewerToken(),
                        new HashMap<>(Map.of("id", story.campaignId(), "first", 1))),
                new DirectReads(
                        brand.brandId(),
                        story.campaignId(),
                        story.creatorIds().subList(0, 1),
                        "2026-11-01",
                        today));
        // Then full-size rounds: code that runs per creator or per post (and loops over thousands
        // of them) is compiled by the JIT only after it has run that often (how many rounds it
        // takes: bench/RESULTS.md).
        var warmShares = new CpuShares(); // its reading of /proc compiled before it measures, too
        for (int i = 0; i < FULL_WARMUP; i++) {
            warmShares.start();
            http.send(request, BodyHandlers.ofString());
            warmShares.stop();
            sql.readAndSerialise();
        }
        System.out.printf("and %d full-size rounds%n", FULL_WARMUP);
        if (tracing()) {
            TraceCollector.instance().reset();
        }
        long[] gateway = new long[ROUNDS];
        long[] direct = new long[ROUNDS];
        List<List<GrpcCallCounter.Call>> timelines = new ArrayList<>();
        long[] starts = new long[ROUNDS];
        int bytes = 0;
        var gatewayShares = new CpuShares();
        var directShares = new CpuShares();
        for (int i = 0; i < ROUNDS; i++) {
            GrpcCallCounter.reset();
            gatewayShares.start();
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
            gateway[i] = System.nanoTime() - t0;
            starts[i] = t0;
            gatewayShares.stop();
            timelines.add(GrpcCallCounter.timeline());
            directShares.start();
            long t1 = System.nanoTime();
            bytes = sql.readAndSerialise().length();
            direct[i] = System.nanoTime() - t1;
            directShares.stop();
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new AssertionError(
                        "the dashboard answered "
                                + response.statusCode()
                                + ": "
                                + response.body()
                                        .substring(0, Math.min(500, response.body().length())));
            }
        }
        sql.close();
        if (tracing()) {
            // The rounds' last spans: the processes export when 512 are queued or after 5 s.
            Thread.sleep(6000);
            var collector = TraceCollector.instance();
            System.out.printf(
                    "spans exported per measured round (all four processes): %.1f (%d bytes), by process and name: %s%n",
                    collector.spans().size() / (double) ROUNDS,
                    collector.receivedBytes() / ROUNDS,
                    collector.spans().stream()
                            .collect(
                                    Collectors.groupingBy(
                                            span -> span.service() + " " + span.name(),
                                            TreeMap::new,
                                            Collectors.counting()))
                            .entrySet()
                            .stream()
                            .map(e -> e.getKey() + "=" + e.getValue() / (double) ROUNDS)
                            .toList());
        }
        int medianRound = medianIndex(gateway);
        System.out.printf(
                "the median round (%d ms): its gRPC calls, ms from the request's start to each call's start and close: %s%n",
                gateway[medianRound] / 1_000_000,
                timelines.get(medianRound).stream()
                        .map(
                                c ->
                                        c.method()
                                                + " "
                                                + (c.startedNanos() - starts[medianRound])
                                                        / 1_000_000
                                                + "-"
                                                + (c.closedNanos() - starts[medianRound])
                                                        / 1_000_000)
                        .toList());
        System.out.printf(
                "CPU ms per round (mean): the request: %s; the same SQL + JSON: %s%n",
                gatewayShares.perRound(), directShares.perRound());
        double g = gateway[medianRound] / 1e6;
        double d = direct[medianIndex(direct)] / 1e6;
        System.out.printf(
                "%nDASHBOARD %d creators x %d posts, %d rounds: gateway median %.1f ms, same SQL + JSON median %.1f ms "
                        + "(%d bytes), ratio %.2f%n%n",
                CREATORS, POSTS, ROUNDS, g, d, bytes, g / d);
    }

    /**
     * Both sides run WARMUP times with one creator before the measured rounds, so that every step a
     * request takes once (the token check, each gRPC call, each service's query, the driver) runs
     * compiled as in a server that has been up a while, not in the interpreter; the dashboard's own
     * per-field code warms within the first full requests.
     */
    private static void warmUp(HttpClient http, HttpRequest small, DirectReads smallSql)
            throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            var response = http.send(small, BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new AssertionError(
                        "the warm-up request answered "
                                + response.statusCode()
                                + ": "
                                + response.body());
            }
            smallSql.readAndSerialise();
        }
        smallSql.close();
        System.out.printf("warmed up: %d one-creator rounds%n", WARMUP);
    }

    private static HttpRequest dashboard(String token, Map<String, Object> vars)
            throws IOException {
        return HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(
                        BodyPublishers.ofString(
                                new ObjectMapper()
                                        .writeValueAsString(
                                                Map.of(
                                                        "query",
                                                        CampaignDashboardGraphQLTest.DASHBOARD,
                                                        "variables",
                                                        vars))))
                .build();
    }

    private static boolean tracing() {
        return Boolean.getBoolean("platform.tracing");
    }

    private static int medianIndex(long[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
        return order[values.length / 2];
    }

    record Story(String campaignId, List<String> creatorIds) {}

    /**
     * Creators, their posts, a link per post, clicks and orders (half the posts sell), through the
     * services' doors.
     */
    static Story build(Tenants brand) throws Exception {
        String brandId = brand.brandId();
        var campaignChannel = PlatformServices.channel(PlatformServices.CAMPAIGN);
        var trackingChannel = PlatformServices.channel(PlatformServices.TRACKING);
        try {
            var tracking = TrackingServiceGrpc.newBlockingStub(trackingChannel);
            var story =
                    CampaignStory.begin(
                            new CampaignApi(campaignChannel), tracking, brand, "Bench", 1000);
            List<String> creatorIds = new ArrayList<>();
            List<String> sales = new ArrayList<>();
            for (int c = 0; c < CREATORS; c++) {
                String creatorId = story.activeMember("Creator " + c);
                creatorIds.add(creatorId);
                for (int p = 0; p < POSTS; p++) {
                    String postId =
                            story.post(
                                    creatorId,
                                    Platform.PLATFORM_INSTAGRAM,
                                    Instant.parse("2026-12-01T10:00:00Z").plusSeconds(3600L * p),
                                    "Post " + p);
                    String code = story.link(creatorId, postId, "");
                    String clickId = click(code);
                    click(code);
                    if (p % 2 == 0) {
                        sales.add(clickId);
                    }
                }
            }
            ShopActivity.awaitClicks(tracking, brandId, 2L * CREATORS * POSTS);
            for (int i = 0; i < sales.size(); i++) {
                tracking.recordConversion(
                        RecordConversionRequest.newBuilder()
                                .setBrandId(brandId)
                                .setOrderId("bench-" + i)
                                .setAmount(
                                        Money.newBuilder()
                                                .setAmountMinor(5_000 + i)
                                                .setCurrency("EUR"))
                                .setOrderedAt(WireTypes.timestamp(Instant.now()))
                                .setClickId(sales.get(i))
                                .setCompleted(true)
                                .build());
            }
            awaitLedger(brandId, sales.size());
            System.out.printf(
                    "built %d creators, %d posts, %d orders%n",
                    CREATORS, CREATORS * POSTS, sales.size());
            return new Story(story.campaignId(), creatorIds);
        } finally {
            campaignChannel.shutdownNow();
            trackingChannel.shutdownNow();
        }
    }

    /** Waits until the outbox relay brought every order to payout-service's ledger. */
    private static void awaitLedger(String brandId, int entries) throws Exception {
        try (Connection db = DriverManager.getConnection(PG + "payout", "platform", "");
                PreparedStatement count =
                        db.prepareStatement(
                                "select count(*) from ledger_entry where brand_id = ?")) {
            count.setObject(1, UUID.fromString(brandId));
            await("the outbox relay brought every order to payout-service")
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> {
                                try (ResultSet rows = count.executeQuery()) {
                                    rows.next();
                                    return rows.getLong(1);
                                }
                            },
                            n -> n >= entries);
        }
    }

    /**
     * Statistics for the new rows, as a database in service has them: otherwise autovacuum gathers
     * them at some point during the rounds, changing both sides' plans in the middle of a run.
     */
    private static void analyze() throws Exception {
        for (String database : List.of("campaign", "tracking", "payout")) {
            try (Connection db = DriverManager.getConnection(PG + database, "platform", "");
                    var statement = db.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    /**
     * A browser's click through the redirect (no visitor cookie: a new visitor); its click id. The
     * client's own agent would count as a bot.
     */
    private static String click(String code) {
        return ShopActivity.click(code, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
    }

    /** The dashboard's reads as SQL on the services' own databases, rows serialised to JSON. */
    static final class DirectReads implements AutoCloseable {

        private final Connection campaign;
        private final Connection tracking;
        private final Connection payout;
        private final UUID brandId;
        private final UUID campaignId;
        private final UUID[] creatorIds;
        private final LocalDate from;
        private final LocalDate to;
        private final ObjectMapper json = new ObjectMapper();

        DirectReads(
                String brandId, String campaignId, List<String> creatorIds, String from, String to)
                throws Exception {
            this.campaign = DriverManager.getConnection(PG + "campaign", "platform", "");
            this.tracking = DriverManager.getConnection(PG + "tracking", "platform", "");
            this.payout = DriverManager.getConnection(PG + "payout", "platform", "");
            this.brandId = UUID.fromString(brandId);
            this.campaignId = UUID.fromString(campaignId);
            this.creatorIds = creatorIds.stream().map(UUID::fromString).toArray(UUID[]::new);
            this.from = LocalDate.parse(from);
            this.to = LocalDate.parse(to);
        }

        String readAndSerialise() throws Exception {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put(
                    "campaign",
                    rows(
                            campaign,
                            "select * from campaign where brand_id = ? and id = ?",
                            brandId,
                            campaignId));
            all.put(
                    "goals",
                    rows(
                            campaign,
                            "select * from campaign_goal where campaign_id = ?",
                            campaignId));
            all.put(
                    "memberships",
                    rows(
                            campaign,
                            "select * from membership where brand_id = ? and campaign_id = ? "
                                    + "order by shortlisted_at desc, id desc limit ?",
                            brandId,
                            campaignId,
                            creatorIds.length + 1));
            all.put(
                    "creators",
                    rows(
                            campaign,
                            "select * from creator where brand_id = ? and id = any(?)",
                            brandId,
                            creatorIds));
            all.put(
                    "accounts",
                    rows(
                            campaign,
                            "select * from creator_account where creator_id = any(?)",
                            (Object) creatorIds));
            all.put(
                    "posts",
                    rows(
                            campaign,
                            "select * from post where brand_id = ? and campaign_id = ? and creator_id = any(?) "
                                    + "order by creator_id, scheduled_at, id",
                            brandId,
                            campaignId,
                            creatorIds));
            for (String per : List.of("creator_id", "post_id", "day")) {
                all.put(
                        "clicks by " + per,
                        rows(
                                tracking,
                                "select "
                                        + per
                                        + ", sum(clicks), sum(unique_clicks), sum(bot_clicks) "
                                        + "from click_daily where brand_id = ? and day between ? and ? and campaign_id = ? and creator_id = any(?) "
                                        + "group by "
                                        + per,
                                brandId,
                                from,
                                to,
                                campaignId,
                                creatorIds));
                all.put(
                        "orders by " + per,
                        rows(
                                tracking,
                                "select "
                                        + per
                                        + ", currency, sum(orders), sum(revenue_minor), sum(refunds), "
                                        + "sum(refunded_minor) from order_daily where brand_id = ? and day between ? and ? and campaign_id = ? "
                                        + "and creator_id = any(?) group by "
                                        + per
                                        + ", currency",
                                brandId,
                                from,
                                to,
                                campaignId,
                                creatorIds));
            }
            for (String per : List.of("e.creator_id", "o.post_id")) {
                all.put(
                        "commission by " + per,
                        rows(
                                payout,
                                "select "
                                        + per
                                        + ", e.currency, sum(e.amount_minor) from ledger_entry e "
                                        + "join order_event o on o.event_id = e.event_id where e.brand_id = ? and e.campaign_id = ? "
                                        + "and e.creator_id = any(?) and o.occurred_at >= ?::date and o.occurred_at < ?::date + 1 "
                                        + "group by "
                                        + per
                                        + ", e.currency",
                                brandId,
                                campaignId,
                                creatorIds,
                                from,
                                to));
            }
            return json.writeValueAsString(all);
        }

        private static List<Map<String, Object>> rows(Connection db, String sql, Object... params)
                throws Exception {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Object param = params[i];
                    if (param instanceof UUID[] ids) {
                        statement.setArray(i + 1, db.createArrayOf("uuid", ids));
                    } else {
                        statement.setObject(i + 1, param);
                    }
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= columns; c++) {
                            Object value = result.getObject(c);
                            row.put(
                                    result.getMetaData().getColumnLabel(c),
                                    value == null ? null : value.toString());
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        }

        @Override
        public void close() throws Exception {
            campaign.close();
            tracking.close();
            payout.close();
        }
    }
}
