package com.creatorplatform.tracking.reports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetCreatorPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.BatchGetPostPerformanceRequest;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.OrderStatus;
import com.creatorplatform.proto.tracking.v1.Performance;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.proto.tracking.v1.UpdateOrderStatusRequest;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignFixtures.BrandWithOffer;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import com.creatorplatform.tracking.support.StoredClicks;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reports through the real redirect and the real order rpcs, checked against figures worked out by
 * hand (below) and against the raw clicks and orders.
 *
 * <pre>
 * Clicks, today:         link of creator A on post P1, Instagram: visitor 1 twice (one unique), visitor 2 once, a crawler once
 *                        link of creator A on post P2, TikTok:    visitor 4 once
 *                        link of creator B, no post, no platform: visitors 5 and 6 once each
 * Orders:  O1 A/P1 (click of visitor 1) 100.00, reported completed;     refund 25.00 today (reported twice)
 *          O2 A/P1 (click of visitor 2)  50.01, pending, then completed twice
 *          O3 A/P2 (click of visitor 4)  30.00, pending: counts nowhere
 *          O4 B    (click of visitor 5)  20.00, completed, then cancelled: counts nowhere
 *          O5 B    (code, yesterday)     80.00, completed (reported twice); refunds 10.00 and 5.00 today
 *          O6 unattributed               70.00, completed: in transactions only
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class ReportGrpcTest {

    static final String BROWSER =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1";
    static final String CRAWLER =
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject Pool db;

    private final BrandWithOffer setup = CampaignFixtures.brandWithOffer();
    private final String brand = setup.brandId();
    private final String campaign = setup.campaignId();
    private final String creatorA = CampaignFixtures.member(brand, campaign);
    private final String creatorB = CampaignFixtures.member(brand, campaign);
    private final String post1 = CampaignFixtures.plannedPost(brand, campaign, creatorA);
    private final String post2 = CampaignFixtures.plannedPost(brand, campaign, creatorA);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate yesterday = today.minusDays(1);

    private TrackingLink link(String creator, String post, String platform) {
        return link(brand, campaign, creator, post, platform);
    }

    private TrackingLink link(
            String brandId, String campaignId, String creator, String post, String platform) {
        return tracking.createTrackingLink(
                CreateTrackingLinkRequest.newBuilder()
                        .setBrandId(brandId)
                        .setCampaignId(campaignId)
                        .setCreatorId(creator)
                        .setPostId(post)
                        .setPlatform(platform)
                        .setDestinationUrl("https://shop.northwind.example/winter")
                        .build());
    }

    /** A click through the real redirect; answers the click id. */
    private static String click(TrackingLink link, UUID visitor, String userAgent) {
        String location =
                given().redirects()
                        .follow(false)
                        .header("User-Agent", userAgent)
                        .cookie("cp_vid", visitor.toString())
                        .get("/r/" + link.getCode())
                        .then()
                        .statusCode(302)
                        .extract()
                        .header("Location");
        return location.substring(location.indexOf("cp_click=") + "cp_click=".length());
    }

    private Order order(
            String brandId,
            String orderId,
            long amountMinor,
            Instant at,
            String clickId,
            String code,
            boolean completed) {
        return tracking.recordConversion(
                RecordConversionRequest.newBuilder()
                        .setBrandId(brandId)
                        .setOrderId(orderId)
                        .setAmount(eur(amountMinor))
                        .setOrderedAt(WireTypes.timestamp(at))
                        .setCustomerEmailHash("hash-of-shopper")
                        .setClickId(clickId)
                        .setDiscountCode(code)
                        .setCompleted(completed)
                        .build());
    }

    private void status(String orderId, OrderStatus status) {
        tracking.updateOrderStatus(
                UpdateOrderStatusRequest.newBuilder()
                        .setBrandId(brand)
                        .setOrderId(orderId)
                        .setStatus(status)
                        .build());
    }

    private void refund(String orderId, String refundId, long amountMinor) {
        tracking.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(brand)
                        .setOrderId(orderId)
                        .setRefundId(refundId)
                        .setAmount(eur(amountMinor))
                        .build());
    }

    private static Money eur(long amountMinor) {
        return Money.newBuilder().setAmountMinor(amountMinor).setCurrency("EUR").build();
    }

    private DateRange range() {
        return DateRange.newBuilder().setFrom(yesterday.toString()).setTo(today.toString()).build();
    }

    private ReportFilter.Builder filter() {
        return ReportFilter.newBuilder().setBrandId(brand).setDates(range());
    }

    private List<ReportRow> report(ReportFilter.Builder filter, ReportDimension... groupBy) {
        return tracking.getReport(
                        GetReportRequest.newBuilder()
                                .setFilter(filter)
                                .addAllGroupBy(List.of(groupBy))
                                .build())
                .getRowsList();
    }

    private Row raw(String sql) {
        return raw(sql, Tuple.of(UUID.fromString(brand)));
    }

    private Row raw(String sql, Tuple params) {
        return db.preparedQuery(sql).execute(params).await().indefinitely().iterator().next();
    }

    @BeforeEach
    void clicksOrdersAndRefunds() throws InterruptedException {
        var a1 = link(creatorA, post1, "INSTAGRAM");
        var a2 = link(creatorA, post2, "tiktok");
        var b = link(creatorB, "", "");
        UUID visitor1 = UUID.randomUUID();
        UUID visitor2 = UUID.randomUUID();
        UUID visitor4 = UUID.randomUUID();
        UUID visitor5 = UUID.randomUUID();
        String click1 = click(a1, visitor1, BROWSER);
        click(a1, visitor1, BROWSER);
        String click2 = click(a1, visitor2, BROWSER);
        click(a1, UUID.randomUUID(), CRAWLER);
        String click4 = click(a2, visitor4, BROWSER);
        String click5 = click(b, visitor5, BROWSER);
        click(b, UUID.randomUUID(), BROWSER);
        await("the seven clicks stored")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                raw("select count(*) from click c join tracking_link l on l.id = c.link_id where l.brand_id = $1")
                                        .getLong(0),
                        stored -> stored >= 7);
        String code =
                tracking.createDiscountCode(
                                CreateDiscountCodeRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCode("BEA-SNOW")
                                        .setCreatorId(creatorB)
                                        .setCampaignId(campaign)
                                        .build())
                        .getCode();
        Instant now = Instant.now();

        order(brand, "O1", 10_000, now, click1, "", true);
        refund("O1", "R1", 2_500);
        refund("O1", "R1", 2_500);
        order(brand, "O2", 5_001, now.plusMillis(1), click2, "", false);
        status("O2", OrderStatus.ORDER_STATUS_COMPLETED);
        status("O2", OrderStatus.ORDER_STATUS_COMPLETED);
        order(brand, "O3", 3_000, now.plusMillis(2), click4, "", false);
        order(brand, "O4", 2_000, now.plusMillis(3), click5, "", true);
        status("O4", OrderStatus.ORDER_STATUS_CANCELLED);
        status("O4", OrderStatus.ORDER_STATUS_CANCELLED);
        Instant yesterdayNoon =
                yesterday.atStartOfDay(ZoneOffset.UTC).plus(12, ChronoUnit.HOURS).toInstant();
        order(brand, "O5", 8_000, yesterdayNoon, "", code, true);
        order(brand, "O5", 8_000, yesterdayNoon, "", code, true);
        refund("O5", "R2", 1_000);
        refund("O5", "R3", 500);
        order(brand, "O6", 7_000, now.plusMillis(4), "", "", true);
    }

    private static ReportRow rowOf(
            List<ReportRow> rows, LocalDate day, String creator, String post) {
        return rows.stream()
                .filter(
                        r ->
                                r.getDay().equals(day.toString())
                                        && r.getCreatorId().equals(creator)
                                        && r.getPostId().equals(post))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no row for "
                                                + day
                                                + " "
                                                + creator
                                                + " "
                                                + post
                                                + " in "
                                                + rows));
    }

    private static void assertRow(
            ReportRow row,
            long clicks,
            long unique,
            long bots,
            long orders,
            long revenue,
            long refunds,
            long refunded) {
        assertEquals(
                List.of(clicks, unique, bots, orders, revenue, refunds, refunded),
                List.of(
                        row.getTraffic().getClicks(),
                        row.getTraffic().getUniqueClicks(),
                        row.getTraffic().getBotClicks(),
                        row.getOrders().getOrders(),
                        row.getOrders().getRevenue().getAmountMinor(),
                        row.getRefunds().getRefunds(),
                        row.getRefunds().getRefunded().getAmountMinor()),
                row.toString());
    }

    @Test
    void aReportWithoutGroupingSumsTheWholeRange() {
        var rows = report(filter());

        assertEquals(1, rows.size());
        var total = rows.get(0);
        assertRow(total, 7, 5, 1, 3, 23_001, 3, 4_000);
        assertEquals("EUR", total.getOrders().getRevenue().getCurrency());
        assertEquals(7_667, total.getOrders().getAverageOrderValue().getAmountMinor());
        assertEquals(0.6, total.getOrders().getConversionRate(), 1e-12);
        assertEquals(4_000.0 / 23_001, total.getRefunds().getRefundRate(), 1e-12);
        assertEquals("", total.getDay());
        assertEquals("", total.getCreatorId());
    }

    @Test
    void aReportByDayCreatorAndPostHasTheHandComputedFiguresOfEachGroup() {
        var rows =
                report(
                        filter(),
                        ReportDimension.REPORT_DIMENSION_DAY,
                        ReportDimension.REPORT_DIMENSION_CREATOR,
                        ReportDimension.REPORT_DIMENSION_POST);

        assertEquals(4, rows.size(), rows.toString());
        assertRow(rowOf(rows, yesterday, creatorB, ""), 0, 0, 0, 1, 8_000, 0, 0);
        var post1Today = rowOf(rows, today, creatorA, post1);
        assertRow(post1Today, 4, 2, 1, 2, 15_001, 1, 2_500);
        assertEquals(7_501, post1Today.getOrders().getAverageOrderValue().getAmountMinor());
        assertEquals(1.0, post1Today.getOrders().getConversionRate(), 1e-12);
        var post2Today = rowOf(rows, today, creatorA, post2);
        assertEquals(
                List.of(1L, 1L, 0L, 0L),
                List.of(
                        post2Today.getTraffic().getClicks(),
                        post2Today.getTraffic().getUniqueClicks(),
                        post2Today.getTraffic().getBotClicks(),
                        post2Today.getOrders().getOrders()));
        assertFalse(
                post2Today.getOrders().hasRevenue(),
                "a pending order counts nowhere, so the row has no money");
        // O4 was completed and voided the same day; O5's refunds count today although it was
        // ordered yesterday.
        var creatorBToday = rowOf(rows, today, creatorB, "");
        assertRow(creatorBToday, 2, 2, 0, 0, 0, 2, 1_500);
        assertEquals(0, creatorBToday.getRefunds().getRefundRate());
        assertTrue(
                rows.stream().allMatch(r -> r.getCampaignId().isEmpty()),
                "not grouped by campaign");
    }

    @Test
    void aReportByDayIsNarrowedByCreatorAndPostFilters() {
        var byDay =
                report(
                        filter().addCreatorIds(creatorA).addPostIds(post1),
                        ReportDimension.REPORT_DIMENSION_DAY);

        assertEquals(1, byDay.size(), byDay.toString());
        assertEquals(today.toString(), byDay.get(0).getDay());
        assertRow(byDay.get(0), 4, 2, 1, 2, 15_001, 1, 2_500);
        assertEquals(
                List.of(),
                report(
                        filter().addCampaignIds(UUID.randomUUID().toString()),
                        ReportDimension.REPORT_DIMENSION_DAY));
    }

    private static ReportRow rowOfPlatform(List<ReportRow> rows, String platform) {
        return rows.stream()
                .filter(r -> r.getPlatform().equals(platform))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no row for platform '" + platform + "' in " + rows));
    }

    @Test
    void aReportByPlatformHasTheHandComputedFiguresOfEachPlatform() {
        var rows = report(filter(), ReportDimension.REPORT_DIMENSION_PLATFORM);

        assertEquals(3, rows.size(), rows.toString());
        // O1 and O2 were won by clicks on the Instagram link; O1's refund follows it.
        assertRow(rowOfPlatform(rows, "INSTAGRAM"), 4, 2, 1, 2, 15_001, 1, 2_500);
        var tiktok = rowOfPlatform(rows, "TIKTOK");
        assertEquals(
                List.of(1L, 1L, 0L, 0L),
                List.of(
                        tiktok.getTraffic().getClicks(),
                        tiktok.getTraffic().getUniqueClicks(),
                        tiktok.getTraffic().getBotClicks(),
                        tiktok.getOrders().getOrders()));
        assertFalse(tiktok.getOrders().hasRevenue(), "O3 is pending: it counts nowhere");
        // The link without a platform, and O5, which a discount code won: the unknown platform.
        assertRow(rowOfPlatform(rows, ""), 2, 2, 0, 1, 8_000, 2, 1_500);
        assertTrue(
                rows.stream().allMatch(r -> r.getDay().isEmpty() && r.getCreatorId().isEmpty()),
                "grouped by platform only");
    }

    @Test
    void aReportFilteredByPlatformsCoversOnlyTheirLinksAndTheOrdersTheirClicksWon() {
        var byDay =
                report(
                        filter().addPlatforms("INSTAGRAM").addPlatforms("TIKTOK"),
                        ReportDimension.REPORT_DIMENSION_DAY);

        assertEquals(1, byDay.size(), "nothing of either platform yesterday: " + byDay);
        assertEquals(today.toString(), byDay.get(0).getDay());
        assertRow(byDay.get(0), 5, 3, 1, 2, 15_001, 1, 2_500);
        var instagram =
                report(
                        filter().addPlatforms("instagram"),
                        ReportDimension.REPORT_DIMENSION_CREATOR,
                        ReportDimension.REPORT_DIMENSION_PLATFORM);
        assertEquals(1, instagram.size(), instagram.toString());
        assertEquals(
                List.of(creatorA, "INSTAGRAM"),
                List.of(instagram.get(0).getCreatorId(), instagram.get(0).getPlatform()));
        assertRow(instagram.get(0), 4, 2, 1, 2, 15_001, 1, 2_500);
        assertEquals(
                List.of(),
                report(
                        filter().addPlatforms("YOUTUBE"),
                        ReportDimension.REPORT_DIMENSION_PLATFORM));
    }

    @Test
    void eachPlatformsRowAgreesWithTheRawClicksAndOrdersOfItsLinks() {
        for (ReportRow row : report(filter(), ReportDimension.REPORT_DIMENSION_PLATFORM)) {
            var params = Tuple.of(UUID.fromString(brand), row.getPlatform());
            var clicks =
                    raw(
                            "select count(*), count(*) filter (where is_unique and not is_bot), count(*) filter (where is_bot)"
                                    + " from click c join tracking_link l on l.id = c.link_id where l.brand_id = $1 and coalesce(l.platform, '') = $2",
                            params);
            assertEquals(
                    List.of(clicks.getLong(0), clicks.getLong(1), clicks.getLong(2)),
                    List.of(
                            row.getTraffic().getClicks(),
                            row.getTraffic().getUniqueClicks(),
                            row.getTraffic().getBotClicks()),
                    row.getPlatform());
            var orders =
                    raw(
                            "select count(*), coalesce(sum(amount_minor), 0) from customer_order where brand_id = $1"
                                    + " and status = 'COMPLETED' and outcome = 'ATTRIBUTED' and coalesce(platform, '') = $2",
                            params);
            assertEquals(
                    List.of(orders.getLong(0), orders.getLong(1)),
                    List.of(
                            row.getOrders().getOrders(),
                            row.getOrders().getRevenue().getAmountMinor()),
                    row.getPlatform());
            var refunds =
                    raw(
                            "select count(*), coalesce(sum(r.amount_minor), 0) from order_refund r"
                                    + " join customer_order o on o.id = r.order_ref where r.brand_id = $1 and coalesce(o.platform, '') = $2",
                            params);
            assertEquals(
                    List.of(refunds.getLong(0), refunds.getLong(1)),
                    List.of(
                            row.getRefunds().getRefunds(),
                            row.getRefunds().getRefunded().getAmountMinor()),
                    row.getPlatform());
        }
    }

    @Test
    void performanceOfManyCreatorsAndPostsAnswersEachIdInTheOrderAsked() {
        String nobody = UUID.randomUUID().toString();
        var creators =
                tracking.batchGetCreatorPerformance(
                                BatchGetCreatorPerformanceRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .addCreatorIds(creatorB)
                                        .addCreatorIds(nobody)
                                        .addCreatorIds(creatorA)
                                        .setDates(range())
                                        .build())
                        .getPerformancesList();

        assertEquals(
                List.of(creatorB, nobody, creatorA),
                creators.stream().map(Performance::getId).toList());
        assertPerformance(creators.get(0), 2, 2, 1, 8_000, 1_500, 6_500, 0.5);
        assertEquals(Performance.newBuilder().setId(nobody).build(), creators.get(1));
        assertPerformance(creators.get(2), 5, 3, 2, 15_001, 2_500, 12_501, 2.0 / 3);

        var asked = new ArrayList<String>();
        asked.add(post2);
        IntStream.range(0, 400).forEach(i -> asked.add(UUID.randomUUID().toString()));
        asked.add(post1);
        var posts =
                tracking.batchGetPostPerformance(
                                BatchGetPostPerformanceRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addAllPostIds(asked)
                                        .setDates(range())
                                        .build())
                        .getPerformancesList();

        assertEquals(asked, posts.stream().map(Performance::getId).toList());
        assertEquals(1, posts.get(0).getClicks());
        assertEquals(0, posts.get(0).getOrders());
        assertTrue(
                posts.subList(1, 401).stream()
                        .allMatch(
                                p -> p.getClicks() == 0 && p.getOrders() == 0 && !p.hasRevenue()));
        assertPerformance(posts.get(401), 4, 2, 2, 15_001, 2_500, 12_501, 1.0);
    }

    private static void assertPerformance(
            Performance p,
            long clicks,
            long unique,
            long orders,
            long revenue,
            long refunded,
            long net,
            double conversion) {
        assertEquals(
                List.of(clicks, unique, orders, revenue, refunded, net),
                List.of(
                        p.getClicks(),
                        p.getUniqueClicks(),
                        p.getOrders(),
                        p.getRevenue().getAmountMinor(),
                        p.getRefunded().getAmountMinor(),
                        p.getNetRevenue().getAmountMinor()),
                p.toString());
        assertEquals(conversion, p.getConversionRate(), 1e-12);
    }

    @Test
    void transactionDetailsListEveryOrderNewestFirstAndAgreeWithTheReport() {
        var first =
                tracking.listTransactionDetails(
                        ListTransactionDetailsRequest.newBuilder()
                                .setFilter(filter())
                                .setPage(PageRequest.newBuilder().setPageSize(4))
                                .build());
        var second =
                tracking.listTransactionDetails(
                        ListTransactionDetailsRequest.newBuilder()
                                .setFilter(filter())
                                .setPage(
                                        PageRequest.newBuilder()
                                                .setPageSize(4)
                                                .setCursor(first.getPage().getNextCursor()))
                                .build());
        var orders = new ArrayList<>(first.getOrdersList());
        orders.addAll(second.getOrdersList());

        assertEquals(
                List.of("O6", "O4", "O3", "O2", "O1", "O5"),
                orders.stream().map(Order::getOrderId).toList());
        assertEquals("", second.getPage().getNextCursor());
        var counted =
                orders.stream()
                        .filter(
                                o ->
                                        o.getStatus() == OrderStatus.ORDER_STATUS_COMPLETED
                                                && !o.getAttribution().getCreatorId().isEmpty())
                        .toList();
        var total = report(filter()).get(0);
        assertEquals(total.getOrders().getOrders(), counted.size());
        assertEquals(
                total.getOrders().getRevenue().getAmountMinor(),
                counted.stream().mapToLong(o -> o.getAmount().getAmountMinor()).sum());
        assertEquals(
                total.getRefunds().getRefunds(),
                orders.stream().mapToLong(Order::getRefundsCount).sum());
        assertEquals(
                total.getRefunds().getRefunded().getAmountMinor(),
                orders.stream().mapToLong(o -> o.getRefunded().getAmountMinor()).sum());

        var ofPost1 =
                tracking.listTransactionDetails(
                        ListTransactionDetailsRequest.newBuilder()
                                .setFilter(filter().addPostIds(post1))
                                .build());
        assertEquals(
                List.of("O2", "O1"),
                ofPost1.getOrdersList().stream().map(Order::getOrderId).toList());
        var ofTiktok =
                tracking.listTransactionDetails(
                                ListTransactionDetailsRequest.newBuilder()
                                        .setFilter(filter().addPlatforms("TIKTOK"))
                                        .build())
                        .getOrdersList();
        assertEquals(List.of("O3"), ofTiktok.stream().map(Order::getOrderId).toList());
        assertEquals("TIKTOK", ofTiktok.get(0).getAttribution().getPlatform());
    }

    /**
     * Orders half an hour either side of a UTC midnight in a Berlin and a Los Angeles brand: each
     * counts on its day in its brand's zone, in reports and in transaction details, and a click on
     * the brand-local day of the instant it was stored.
     */
    @Test
    void daysAreDaysInTheBrandsTimeZone() {
        // A UTC midnight a day or two ago: orders around it are within reach of now.
        Instant midnight = today.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate before = yesterday.minusDays(1);

        var berlin = zonedBrand("Europe/Berlin");
        var losAngeles = zonedBrand("America/Los_Angeles");
        berlin.order("B1", 1_000, midnight.minus(Duration.ofMinutes(30))); // 00:30 in Berlin
        losAngeles.order("L1", 2_000, midnight.plus(Duration.ofMinutes(90))); // 17:30 before

        assertEquals(List.of(0L, 1L), berlin.ordersOn(before, yesterday));
        assertEquals(List.of(1L, 0L), losAngeles.ordersOn(before, yesterday));
        assertEquals(List.of("B1"), berlin.transactionsOn(yesterday));
        assertEquals(List.of(), berlin.transactionsOn(before));
        assertEquals(List.of("L1"), losAngeles.transactionsOn(before));
        assertEquals(
                yesterday,
                raw(
                                "select counted_on from customer_order where brand_id = $1 and order_id = 'B1'",
                                Tuple.of(UUID.fromString(berlin.brand())))
                        .getLocalDate(0));

        for (ZonedBrand zoned : List.of(berlin, losAngeles)) {
            Instant clicked = zoned.click();
            var rows =
                    zoned.byDay(
                            DateRange.newBuilder()
                                    .setFrom(before.toString())
                                    .setTo(today.plusDays(1).toString()));
            assertEquals(
                    List.of(ReportDays.dayOf(clicked, zoned.zone()).toString()),
                    rows.stream()
                            .filter(r -> r.getTraffic().getClicks() > 0)
                            .map(ReportRow::getDay)
                            .toList(),
                    zoned.zone().toString());
        }
    }

    private ZonedBrand zonedBrand(String zone) {
        var zoned = CampaignFixtures.brandWithOffer();
        CampaignFixtures.timeZone(zoned.brandId(), zone);
        String creator = CampaignFixtures.member(zoned.brandId(), zoned.campaignId());
        tracking.createDiscountCode(
                CreateDiscountCodeRequest.newBuilder()
                        .setBrandId(zoned.brandId())
                        .setCode("TZ-" + zoned.brandId().substring(0, 8))
                        .setCreatorId(creator)
                        .setCampaignId(zoned.campaignId())
                        .build());
        return new ZonedBrand(zoned.brandId(), zoned.campaignId(), creator, ZoneId.of(zone));
    }

    /** A brand in a time zone, with one creator whose code attributes its orders. */
    private final class ZonedBrand {

        private final String brand;
        private final String campaign;
        private final String creator;
        private final ZoneId zone;

        ZonedBrand(String brand, String campaign, String creator, ZoneId zone) {
            this.brand = brand;
            this.campaign = campaign;
            this.creator = creator;
            this.zone = zone;
        }

        String brand() {
            return brand;
        }

        ZoneId zone() {
            return zone;
        }

        void order(String orderId, long amountMinor, Instant at) {
            ReportGrpcTest.this.order(
                    brand, orderId, amountMinor, at, "", "TZ-" + brand.substring(0, 8), true);
        }

        /** A click through the real redirect; answers when it was stored. */
        Instant click() {
            var link = link(brand, campaign, creator, "", "");
            ReportGrpcTest.click(link, UUID.randomUUID(), BROWSER);
            return StoredClicks.of(db, link.getId(), 1)
                    .get(0)
                    .getOffsetDateTime("clicked_at")
                    .toInstant();
        }

        List<ReportRow> byDay(DateRange.Builder dates) {
            return report(
                    ReportFilter.newBuilder().setBrandId(brand).setDates(dates),
                    ReportDimension.REPORT_DIMENSION_DAY);
        }

        /** The orders counted on each of the days. */
        List<Long> ordersOn(LocalDate... days) {
            return Arrays.stream(days)
                    .map(day -> report(onDay(day)).get(0).getOrders().getOrders())
                    .toList();
        }

        List<String> transactionsOn(LocalDate day) {
            return tracking
                    .listTransactionDetails(
                            ListTransactionDetailsRequest.newBuilder()
                                    .setFilter(onDay(day))
                                    .build())
                    .getOrdersList()
                    .stream()
                    .map(Order::getOrderId)
                    .toList();
        }

        /** The brand's filter for that one day. */
        private ReportFilter.Builder onDay(LocalDate day) {
            return ReportFilter.newBuilder()
                    .setBrandId(brand)
                    .setDates(DateRange.newBuilder().setFrom(day.toString()).setTo(day.toString()));
        }
    }

    @Test
    void theRollupsAgreeWithTheRawClicksAndOrders() {
        var total = report(filter()).get(0);
        var clicks =
                raw(
                        "select count(*), count(*) filter (where is_unique and not is_bot), count(*) filter (where is_bot)"
                                + " from click c join tracking_link l on l.id = c.link_id where l.brand_id = $1");
        assertEquals(
                List.of(clicks.getLong(0), clicks.getLong(1), clicks.getLong(2)),
                List.of(
                        total.getTraffic().getClicks(),
                        total.getTraffic().getUniqueClicks(),
                        total.getTraffic().getBotClicks()));
        var orders =
                raw(
                        "select count(*), sum(amount_minor) from customer_order where brand_id = $1 and status = 'COMPLETED'"
                                + " and outcome = 'ATTRIBUTED'");
        assertEquals(
                List.of(orders.getLong(0), orders.getLong(1)),
                List.of(
                        total.getOrders().getOrders(),
                        total.getOrders().getRevenue().getAmountMinor()));
        var refunds =
                raw("select count(*), sum(amount_minor) from order_refund where brand_id = $1");
        assertEquals(
                List.of(refunds.getLong(0), refunds.getLong(1)),
                List.of(
                        total.getRefunds().getRefunds(),
                        total.getRefunds().getRefunded().getAmountMinor()));
    }

    @Test
    void longRangesOversizedBatchesAndUngroupableDimensionsAreRefused() {
        var tooLong = DateRange.newBuilder().setFrom("2025-01-01").setTo("2026-01-02");
        assertInvalid(() -> report(filter().setDates(tooLong)));
        assertInvalid(
                () ->
                        report(
                                filter().setDates(
                                                DateRange.newBuilder()
                                                        .setFrom(today.toString())
                                                        .setTo(yesterday.toString()))));
        assertInvalid(() -> report(filter().clearDates()));
        assertInvalid(() -> report(filter(), ReportDimension.REPORT_DIMENSION_UNSPECIFIED));
        assertInvalid(() -> report(filter().addPlatforms("INSTAGRAM").addPlatforms("MYSPACE")));
        assertInvalid(() -> report(filter().addPlatforms("")));
        assertInvalid(
                () ->
                        tracking.listTransactionDetails(
                                ListTransactionDetailsRequest.newBuilder()
                                        .setFilter(filter().addPlatforms("X"))
                                        .build()));
        assertInvalid(
                () ->
                        tracking.batchGetPostPerformance(
                                BatchGetPostPerformanceRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setDates(range())
                                        .addAllPostIds(
                                                IntStream.range(0, 501)
                                                        .mapToObj(i -> UUID.randomUUID().toString())
                                                        .toList())
                                        .build()));
        assertInvalid(
                () ->
                        tracking.listTransactionDetails(
                                ListTransactionDetailsRequest.newBuilder()
                                        .setFilter(filter())
                                        .setPage(PageRequest.newBuilder().setCursor("not-a-cursor"))
                                        .build()));
    }

    private static void assertInvalid(Runnable call) {
        var refused = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(
                Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode(), refused.getMessage());
    }
}
