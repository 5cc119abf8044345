package com.creatorplatform.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A brand exports its report, its orders and a payout run's statements as CSV through GraphQL and
 * downloads them over HTTP; each file, parsed back, shows the figures GraphQL answers, and the
 * names full of commas, quotes and line breaks come back as they were given.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsGraphQLTest {

    static final String CAMPAIGN_NAME = "Summer, \"hot\" sale\nPart 2";
    static final String CREATOR_NAME = "O'Neil, \"Ada\"\r\nJr.";
    static final String REQUEST =
            "mutation($input: RequestExportInput!) { requestExport(input: $input) { job { id kind status "
                    + "rowCount fileName downloadUrl } } }";
    static final String JOB =
            "query($id: ID!) { exportJob(id: $id) { id status rowCount downloadUrl error { code message } } }";
    static final String JOBS = "query { exportJobs { id } }";

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final ManagedChannel payoutChannel = PlatformServices.channel(PlatformServices.PAYOUT);
    private final TrackingServiceBlockingStub tracking =
            TrackingServiceGrpc.newBlockingStub(trackingChannel);

    Tenants brand;
    Tenants otherBrand;
    String campaignId;
    String ada;
    String today;

    @AfterAll
    void close() {
        List.of(campaignChannel, trackingChannel, payoutChannel)
                .forEach(ManagedChannel::shutdownNow);
    }

    /**
     * Today: Ada sells 120.00 and 80.50 with her code, 30.00 of the first refunded; 45.00 comes in
     * unattributed. October: Ada earned 80.00 (paid by its run), an unknown creator 30.00
     * (carried).
     */
    @BeforeAll
    void story() {
        brand = Tenants.newBrand();
        otherBrand = Tenants.newBrand();
        today = LocalDate.now(ZoneOffset.UTC).toString();
        var api = new CampaignApi(campaignChannel);
        campaignId =
                api.campaigns()
                        .createCampaign(
                                CreateCampaignRequest.newBuilder()
                                        .setBrandId(brand.brandId())
                                        .setName(CAMPAIGN_NAME)
                                        .setLandingUrl("https://northwind.example/")
                                        .setStartsOn("2026-10-01")
                                        .build())
                        .getId();
        api.offers()
                .publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .setPlan(percent())
                                .build());
        ada = brand.newCreator(CREATOR_NAME, "ada-" + UUID.randomUUID() + "@creators.example");
        String code =
                tracking.createDiscountCode(
                                CreateDiscountCodeRequest.newBuilder()
                                        .setBrandId(brand.brandId())
                                        .setCode("ADAEXPORT" + (System.nanoTime() % 100000))
                                        .setCreatorId(ada)
                                        .setCampaignId(campaignId)
                                        .build())
                        .getCode();
        ShopActivity.order(tracking, brand.brandId(), "E-1", 12_000, "", code);
        ShopActivity.order(tracking, brand.brandId(), "E-2", 8_050, "", code);
        ShopActivity.order(tracking, brand.brandId(), "E-3", 4_500, "", "");
        tracking.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(brand.brandId())
                        .setOrderId("E-1")
                        .setRefundId("E-1-r1")
                        .setAmount(ShopActivity.eur(3_000))
                        .build());
        PayoutServiceGrpc.newBlockingStub(payoutChannel)
                .applyOrderEvents(
                        ApplyOrderEventsRequest.newBuilder()
                                .addEvents(completed(ada, "O-1", 80_000, "2026-10-05T10:00:00Z"))
                                .addEvents(
                                        completed(
                                                UUID.randomUUID().toString(),
                                                "O-2",
                                                30_000,
                                                "2026-10-06T10:00:00Z"))
                                .build());
    }

    @Test
    void theOrdersExportShowsEachOrderAsTransactionsDoesWithTheNamesIntact() {
        var transactions =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($f: ReportFilterInput!) { transactions(filter: $f, first: 100) { nodes { orderId "
                                + "status amount { amount currency } refunded { amount } attribution { outcome "
                                + "creatorId campaignId } } } }",
                        Map.of("f", Map.of("from", today, "to", today)));

        var rows = export(brand.viewerToken(), "TRANSACTIONS", Map.of(), List.of());

        List<Map<String, Object>> nodes = transactions.getList("data.transactions.nodes");
        assertEquals(3, nodes.size());
        assertEquals(nodes.size(), rows.size());
        for (int i = 0; i < nodes.size(); i++) {
            String node = "data.transactions.nodes[" + i + "].";
            var row = rows.get(i);
            assertEquals(transactions.getString(node + "orderId"), row.get("order_id"));
            assertEquals(transactions.getString(node + "status"), row.get("status"));
            assertEquals(transactions.getString(node + "amount.amount"), row.get("amount"));
            assertEquals(transactions.getString(node + "amount.currency"), row.get("currency"));
            assertEquals(transactions.getString(node + "refunded.amount"), row.get("refunded"));
            assertEquals(transactions.getString(node + "attribution.outcome"), row.get("outcome"));
            assertEquals(
                    blank(transactions.getString(node + "attribution.creatorId")),
                    row.get("creator_id"));
        }
        var byOrder = byKey(rows, "order_id");
        assertEquals("30.00", byOrder.get("E-1").get("refunded"));
        assertEquals("80.50", byOrder.get("E-2").get("amount"));
        assertEquals(CREATOR_NAME, byOrder.get("E-2").get("creator_name"));
        assertEquals(CAMPAIGN_NAME, byOrder.get("E-2").get("campaign_name"));
        assertEquals("", byOrder.get("E-3").get("creator_name"));
    }

    @Test
    void theReportExportShowsTheReportsRowsWithTheNamesIntact() {
        var report =
                GraphQL.ok(
                        brand.adminToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f, groupBy: [CAMPAIGN, CREATOR]) { "
                                + "campaignId creatorId orders revenue { amount currency } refunds refunded { amount } } }",
                        Map.of("f", Map.of("from", today, "to", today)));

        var rows = export(brand.adminToken(), "REPORT", Map.of(), List.of("CAMPAIGN", "CREATOR"));

        List<Map<String, Object>> expected = report.getList("data.report");
        assertEquals(expected.size(), rows.size());
        var byCreator = byKey(rows, "creator_id");
        for (var group : expected) {
            var row = byCreator.get(blank((String) group.get("creatorId")));
            assertEquals(String.valueOf(group.get("orders")), row.get("orders"));
            assertEquals(amount(group.get("revenue")), row.get("revenue"));
            assertEquals(String.valueOf(group.get("refunds")), row.get("refunds"));
            assertEquals(amount(group.get("refunded")), row.get("refunded"));
        }
        var adas = byCreator.get(ada);
        assertEquals("2", adas.get("orders"));
        assertEquals("200.50", adas.get("revenue"));
        assertEquals("30.00", adas.get("refunded"));
        assertEquals("EUR", adas.get("currency"));
        assertEquals(CREATOR_NAME, adas.get("creator_name"));
        assertEquals(CAMPAIGN_NAME, adas.get("campaign_name"));
    }

    @Test
    void aReportByDayOverManyMonthsIsReadAMonthAtATimeAndAddsUpToTheReport() {
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(100).toString();
        var report =
                GraphQL.ok(
                        brand.adminToken(),
                        "query($f: ReportFilterInput!) { report(filter: $f, groupBy: [DAY]) { day orders "
                                + "revenue { amount } } }",
                        Map.of("f", Map.of("from", from, "to", today)));

        var rows = export(brand.adminToken(), "REPORT", Map.of("from", from), List.of("DAY"));

        List<Map<String, Object>> expected = report.getList("data.report");
        assertEquals(expected.size(), rows.size());
        var byDay = byKey(rows, "day");
        for (var day : expected) {
            var row = byDay.get((String) day.get("day"));
            assertEquals(String.valueOf(day.get("orders")), row.get("orders"));
            assertEquals(amount(day.get("revenue")), row.get("revenue"));
        }
        assertEquals("2", byDay.get(today).get("orders"), "the report counts attributed orders");
        assertEquals("200.50", byDay.get(today).get("revenue"));
    }

    @Test
    void theStatementsExportShowsThePayoutRunsStatements() {
        String runId =
                GraphQL.ok(
                                brand.adminToken(),
                                "mutation { startPayoutRun(input: { period: \"2026-10\" }) { run { id } } }")
                        .getString("data.startPayoutRun.run.id");
        await("the run has computed its statements")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                GraphQL.ok(
                                                brand.adminToken(),
                                                "query($id: ID!) { payoutRun(id: $id) { status } }",
                                                Map.of("id", runId))
                                        .getString("data.payoutRun.status"),
                        status -> !"COMPUTING".equals(status));
        var runs =
                GraphQL.ok(
                        brand.adminToken(),
                        "query { payoutRuns { nodes { id period statements { id creatorId total { amount currency } "
                                + "carriedForward } } } }");

        var rows =
                export(
                        brand.adminToken(),
                        "STATEMENTS",
                        Map.of("from", "2026-10-01", "to", "2026-10-31"),
                        List.of());

        List<Map<String, Object>> statements = runs.getList("data.payoutRuns.nodes[0].statements");
        assertEquals(statements.size(), rows.size());
        var byStatement = byKey(rows, "statement_id");
        for (var statement : statements) {
            var row = byStatement.get((String) statement.get("id"));
            assertEquals(statement.get("creatorId"), row.get("creator_id"));
            assertEquals(amount(statement.get("total")), row.get("total"));
            assertEquals(
                    String.valueOf(statement.get("carriedForward")), row.get("carried_forward"));
            assertEquals("2026-10", row.get("period"));
        }
        var adas = byKey(rows, "creator_id").get(ada);
        assertEquals("80.00", adas.get("total"));
        assertEquals("EUR", adas.get("currency"));
        assertEquals(CREATOR_NAME, adas.get("creator_name"));
        assertEquals(
                0,
                export(
                                brand.adminToken(),
                                "STATEMENTS",
                                Map.of("from", "2026-11-01", "to", "2026-11-30"),
                                List.of())
                        .size(),
                "no run in November");
    }

    @Test
    void anotherBrandNeitherSeesNorDownloadsTheExport() {
        var job = request(brand.adminToken(), "TRANSACTIONS", Map.of(), List.of());
        String id = job.getString("data.requestExport.job.id");
        awaitReady(brand.adminToken(), id);

        var watched = GraphQL.post(otherBrand.adminToken(), JOB, Map.of("id", id));
        assertEquals("NOT_FOUND", watched.getString("errors[0].extensions.code"));
        assertEquals(
                List.of(), GraphQL.ok(otherBrand.adminToken(), JOBS).getList("data.exportJobs"));

        var download = download(otherBrand.adminToken(), "/exports/" + id);
        assertEquals(404, download.statusCode());
        assertEquals("NOT_FOUND", download.jsonPath().getString("errors[0].extensions.code"));

        var creator = download(Tenants.newCreatorToken(), "/exports/" + id);
        assertEquals(403, creator.statusCode());
        assertEquals("FORBIDDEN", creator.jsonPath().getString("errors[0].extensions.code"));

        var anonymous = given().get("/exports/" + id);
        assertEquals(401, anonymous.statusCode());
        assertEquals(
                "UNAUTHENTICATED", anonymous.jsonPath().getString("errors[0].extensions.code"));
    }

    @Test
    void badInputIsRefusedWithACodeAndNothingIsKept() {
        String token = otherBrand.adminToken();
        int before = GraphQL.ok(token, JOBS).getList("data.exportJobs").size();

        var unknownKind =
                GraphQL.post(
                        token, REQUEST, Map.of("input", input("INVOICES", Map.of(), List.of())));
        assertEquals("INVALID_ARGUMENT", unknownKind.getString("errors[0].extensions.code"));
        var inverted =
                request(
                        token,
                        "TRANSACTIONS",
                        Map.of("from", today, "to", "2026-01-01"),
                        List.of());
        assertEquals("INVALID_ARGUMENT", inverted.getString("errors[0].extensions.code"));
        assertNull(inverted.get("data"));
        var tooLong =
                request(token, "REPORT", Map.of("from", "2024-01-01", "to", today), List.of());
        assertEquals("INVALID_ARGUMENT", tooLong.getString("errors[0].extensions.code"));
        var groupedOrders = request(token, "TRANSACTIONS", Map.of(), List.of("DAY"));
        assertEquals("INVALID_ARGUMENT", groupedOrders.getString("errors[0].extensions.code"));
        var statementsOfACampaign =
                request(token, "STATEMENTS", Map.of("campaignIds", List.of(campaignId)), List.of());
        assertEquals(
                "INVALID_ARGUMENT", statementsOfACampaign.getString("errors[0].extensions.code"));

        assertEquals(before, GraphQL.ok(token, JOBS).getList("data.exportJobs").size());
    }

    /** Requests the export, waits until it is READY and parses the downloaded file. */
    private List<CSVRecord> export(
            String token, String kind, Map<String, Object> filter, List<String> groupBy) {
        var job = request(token, kind, filter, List.copyOf(groupBy));
        String id = job.getString("data.requestExport.job.id");
        assertEquals(kind, job.getString("data.requestExport.job.kind"));
        String url = awaitReady(token, id);
        var response = download(token, url);
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals("text/csv; charset=utf-8", response.contentType());
        try {
            var records =
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(new StringReader(response.asString()))
                            .getRecords();
            long rowCount =
                    GraphQL.ok(token, JOB, Map.of("id", id)).getLong("data.exportJob.rowCount");
            assertEquals(rowCount, records.size());
            return records;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonPath request(
            String token, String kind, Map<String, Object> filter, List<String> groupBy) {
        return GraphQL.post(token, REQUEST, Map.of("input", input(kind, filter, groupBy)));
    }

    private Map<String, Object> input(
            String kind, Map<String, Object> filter, List<String> groupBy) {
        var range = new HashMap<String, Object>(Map.of("from", today, "to", today));
        range.putAll(filter);
        return Map.of("kind", kind, "filter", range, "groupBy", groupBy);
    }

    /** The export's download URL once READY (FAILED fails the test with its error). */
    private String awaitReady(String token, String id) {
        return await("export " + id + " is made")
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            var job = GraphQL.ok(token, JOB, Map.of("id", id));
                            Object error = job.get("data.exportJob.error");
                            assertNull(error, "the export failed: " + error);
                            return job.getString("data.exportJob.downloadUrl");
                        },
                        url -> url != null);
    }

    private static Response download(String token, String url) {
        return given().auth().oauth2(token).get(url);
    }

    private static Map<String, CSVRecord> byKey(List<CSVRecord> rows, String column) {
        var byKey = new HashMap<String, CSVRecord>();
        rows.forEach(row -> byKey.put(row.get(column), row));
        return byKey;
    }

    @SuppressWarnings("unchecked")
    private static String amount(Object money) {
        return money == null ? "" : (String) ((Map<String, Object>) money).get("amount");
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static CommissionPlan percent() {
        return CommissionPlan.newBuilder()
                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                .setRateBasisPoints(1000)
                .setTierMode(TierMode.TIER_MODE_NONE)
                .build();
    }

    private OrderEvent completed(String creator, String order, long amountMinor, String at) {
        return OrderEvent.newBuilder()
                .setEventId(brand.brandId() + "/" + order + "/completed")
                .setBrandId(brand.brandId())
                .setOrderId(order)
                .setCreatorId(creator)
                .setCampaignId(campaignId)
                .setOfferVersionId(UUID.nameUUIDFromBytes(campaignId.getBytes()).toString())
                .setKind(OrderEventKind.ORDER_EVENT_KIND_COMPLETED)
                .setOrderAmount(ShopActivity.eur(amountMinor))
                .setOccurredAt(WireTypes.timestamp(Instant.parse(at)))
                .setHoldDays(7)
                .setPlan(percent())
                .build();
    }
}
