package com.creatorplatform.tracking.grpc;

import static com.creatorplatform.contract.testing.Callers.as;
import static com.creatorplatform.contract.testing.Callers.assertPermissionDenied;
import static com.creatorplatform.contract.testing.Callers.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import com.creatorplatform.proto.tracking.v1.OrderStatus;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.proto.tracking.v1.UpdateOrderStatusRequest;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.PayoutOutbox;
import com.google.protobuf.Timestamp;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * tracking-service acts only for the caller its token names; orders are reported by service
 * accounts only, a brand's for that brand.
 */
@QuarkusTest
class CallerIdentityGrpcTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub client;

    @Inject PgPool db;

    private final String brandA = CampaignFixtures.brand();
    private final String brandB = CampaignFixtures.brand();

    @Test
    void aCallWithoutATokenIsUnauthenticated() {
        var channel = Callers.unidentifiedChannel();
        try {
            assertUnauthenticated(
                    Callers.NO_TOKEN,
                    () ->
                            TrackingServiceGrpc.newBlockingStub(channel)
                                    .createTrackingLink(link(brandA)));
        } finally {
            channel.shutdownNow();
        }
        assertEquals(0, count("tracking_link", brandA));
    }

    @Test
    void aBrandMayNeitherWriteNorReadAnotherBrandsLinks() {
        var theirs = client.createTrackingLink(link(brandB));
        var asBrandA = as(CallerIdentity.brand(brandA), client);

        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.createTrackingLink(link(brandB)));
        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () ->
                        asBrandA.batchGetTrackingLinks(
                                BatchGetTrackingLinksRequest.newBuilder()
                                        .setBrandId(brandB)
                                        .addIds(theirs.getId())
                                        .build()));

        assertEquals(1, count("tracking_link", brandB), "nothing was stored for brand B");
        assertEquals(0, count("tracking_link", brandA));
    }

    @Test
    void aBrandActsForItself() {
        var asBrandA = as(CallerIdentity.brand(brandA), client);

        var own = asBrandA.createTrackingLink(link(brandA));

        assertEquals(
                List.of(own.getId()),
                asBrandA
                        .batchGetTrackingLinks(
                                BatchGetTrackingLinksRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .addIds(own.getId())
                                        .build())
                        .getLinksList()
                        .stream()
                        .map(TrackingLink::getId)
                        .toList());
    }

    @Test
    void ordersAreReportedByServicesOnlyNotEvenByTheBrandItself() {
        var asBrandA = as(CallerIdentity.brand(brandA), client);
        var now = Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()).build();
        var eur = Money.newBuilder().setAmountMinor(10_000).setCurrency("EUR").build();

        assertPermissionDenied(
                "RecordConversion is for service accounts only, not for caller brand " + brandA,
                () ->
                        asBrandA.recordConversion(
                                RecordConversionRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .setOrderId("o-1")
                                        .setAmount(eur)
                                        .setOrderedAt(now)
                                        .setCompleted(true)
                                        .build()));
        assertPermissionDenied(
                "UpdateOrderStatus is for service accounts only, not for caller brand " + brandA,
                () ->
                        asBrandA.updateOrderStatus(
                                UpdateOrderStatusRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .setOrderId("o-1")
                                        .setStatus(OrderStatus.ORDER_STATUS_COMPLETED)
                                        .setAt(now)
                                        .build()));
        assertPermissionDenied(
                "RecordRefund is for service accounts only, not for caller brand " + brandA,
                () ->
                        asBrandA.recordRefund(
                                RecordRefundRequest.newBuilder()
                                        .setBrandId(brandA)
                                        .setOrderId("o-1")
                                        .setRefundId("r-1")
                                        .setAmount(eur)
                                        .setRefundedAt(now)
                                        .build()));

        assertEquals(0, count("customer_order", brandA), "no order was recorded");
        assertEquals(
                List.of(), PayoutOutbox.eventsOf(db, brandA), "nothing was sent on to payouts");
    }

    @Test
    void aBrandNamingAnotherBrandInANestedFilterIsRefused() {
        var asBrandA = as(CallerIdentity.brand(brandA), client);
        var theirs =
                ReportFilter.newBuilder()
                        .setBrandId(brandB)
                        .setDates(DateRange.newBuilder().setFrom("2026-11-01").setTo("2026-11-30"))
                        .build();

        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.getReport(GetReportRequest.newBuilder().setFilter(theirs).build()));
        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () ->
                        asBrandA.listTransactionDetails(
                                ListTransactionDetailsRequest.newBuilder()
                                        .setFilter(theirs)
                                        .build()));
        var own =
                asBrandA.getReport(
                        GetReportRequest.newBuilder()
                                .setFilter(theirs.toBuilder().setBrandId(brandA))
                                .build());
        assertEquals(
                List.of(0L),
                own.getRowsList().stream().map(row -> row.getTraffic().getClicks()).toList(),
                "its own report answers");
    }

    @Test
    void aShopsOrderPipelineBoundToItsBrandRecordsOrdersForThatBrandOnly() {
        var pipeline =
                as(
                        CallerIdentity.brandService(
                                "shop-pipeline-" + brandA.substring(0, 8), brandA),
                        client);
        var now = Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond()).build();
        var eur = Money.newBuilder().setAmountMinor(10_000).setCurrency("EUR").build();

        var recorded =
                pipeline.recordConversion(
                        RecordConversionRequest.newBuilder()
                                .setBrandId(brandA)
                                .setOrderId("p-1")
                                .setAmount(eur)
                                .setOrderedAt(now)
                                .build());
        assertEquals(brandA, recorded.getBrandId());
        assertPermissionDenied(
                "caller service shop-pipeline-"
                        + brandA.substring(0, 8)
                        + " (brand "
                        + brandA
                        + ") may not act for brand "
                        + brandB,
                () ->
                        pipeline.recordConversion(
                                RecordConversionRequest.newBuilder()
                                        .setBrandId(brandB)
                                        .setOrderId("p-2")
                                        .setAmount(eur)
                                        .setOrderedAt(now)
                                        .build()));

        assertEquals(1, count("customer_order", brandA));
        assertEquals(
                0, count("customer_order", brandB), "nothing was recorded for the other brand");
    }

    private static CreateTrackingLinkRequest link(String brandId) {
        return CampaignFixtures.linkOf(brandId)
                .setDestinationUrl("https://shop.northwind.example/winter")
                .build();
    }

    private long count(String table, String brandId) {
        return db.preparedQuery("select count(*) from " + table + " where brand_id = $1")
                .execute(Tuple.of(UUID.fromString(brandId)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
