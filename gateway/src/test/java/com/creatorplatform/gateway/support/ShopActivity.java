package com.creatorplatform.gateway.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What a brand's shop and its visitors do, through the real doors: a visit through
 * tracking-service's redirect, an order reported over gRPC as the shop's pipeline would, and the
 * wait for the click writer.
 */
public final class ShopActivity {

    private ShopActivity() {}

    public static Money eur(long minor) {
        return money(minor, "EUR");
    }

    public static Money money(long minor, String currency) {
        return Money.newBuilder().setAmountMinor(minor).setCurrency(currency).build();
    }

    /** A first visit (no visitor cookie) through the redirect; the click id the shop would get. */
    public static String click(String code, String userAgent) {
        String location =
                given().baseUri("http://127.0.0.1")
                        .port(PlatformServices.TRACKING.httpPort())
                        .redirects()
                        .follow(false)
                        .header("User-Agent", userAgent)
                        .get("/r/" + code)
                        .then()
                        .statusCode(302)
                        .extract()
                        .header("Location");
        return location.substring(location.indexOf("cp_click=") + "cp_click=".length());
    }

    /** A completed order of now, carrying the click id and the discount code the shop saw. */
    public static void order(
            TrackingServiceBlockingStub tracking,
            String brandId,
            String orderId,
            long amountMinor,
            String clickId,
            String code) {
        order(tracking, brandId, orderId, eur(amountMinor), clickId, code);
    }

    /** A completed order of now in any currency. */
    public static void order(
            TrackingServiceBlockingStub tracking,
            String brandId,
            String orderId,
            Money amount,
            String clickId,
            String code) {
        tracking.recordConversion(
                RecordConversionRequest.newBuilder()
                        .setBrandId(brandId)
                        .setOrderId(orderId)
                        .setAmount(amount)
                        .setOrderedAt(WireTypes.timestamp(Instant.now()))
                        .setClickId(clickId)
                        .setDiscountCode(code)
                        .setCompleted(true)
                        .build());
    }

    /**
     * Clicks are written in batches after the redirect answers: waits until today's rollup holds
     * the brand's expected number.
     */
    public static void awaitClicks(
            TrackingServiceBlockingStub tracking, String brandId, long expected) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        await("the click writer stored every click")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            var rows =
                                    tracking.getReport(
                                                    GetReportRequest.newBuilder()
                                                            .setFilter(
                                                                    ReportFilter.newBuilder()
                                                                            .setBrandId(brandId)
                                                                            .setDates(
                                                                                    DateRange
                                                                                            .newBuilder()
                                                                                            .setFrom(
                                                                                                    today)
                                                                                            .setTo(
                                                                                                    today)))
                                                            .build())
                                            .getRowsList();
                            return rows.isEmpty() ? 0 : rows.get(0).getTraffic().getClicks();
                        },
                        clicks -> clicks == expected);
    }

    /** What payout-service owes the creator now (its balance in the brand's one currency). */
    public static long owed(PayoutServiceBlockingStub payouts, String brandId, String creatorId) {
        var balances =
                payouts.batchGetBalances(
                        BatchGetBalancesRequest.newBuilder()
                                .setBrandId(brandId)
                                .addCreatorIds(creatorId)
                                .build());
        return balances.getBalances(0).getBalancesCount() == 0
                ? 0
                : balances.getBalances(0).getBalances(0).getAmountMinor();
    }
}
