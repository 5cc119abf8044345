package com.creatorplatform.gateway.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.PayoutOutbox;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ServiceDatabases;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.ListSetAsideOrderEventsRequest;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.ReplaySetAsideOrderEventsRequest;
import com.creatorplatform.proto.tracking.v1.SetAsideOrderEvent;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * tracking-service's payout outbox through its real relay (ADR 0080): a transaction's events in one
 * row, sent in rpcs of at most 500 however many the row holds; an event payout-service refuses set
 * aside as a row of its own while the others of its row are credited, and refused again when
 * replayed unchanged; an event of a row of its own, as the previous release writes them during a
 * rolling update, credited too.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class PayoutOutboxLanesTest {

    private final ManagedChannel tracking = PlatformServices.channel(PlatformServices.TRACKING);
    private final ManagedChannel campaign = PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel payout = PlatformServices.channel(PlatformServices.PAYOUT);

    @AfterEach
    void close() {
        List.of(tracking, campaign, payout).forEach(ManagedChannel::shutdownNow);
    }

    @Test
    void everyLaneIsCreditedOnceAndARefusedEventIsSetAsideWithoutHoldingItsRowBack()
            throws Exception {
        var brand = Tenants.newBrand();
        String brandId = brand.brandId();
        var story =
                CampaignStory.begin(
                        new CampaignApi(campaign),
                        TrackingServiceGrpc.newBlockingStub(tracking),
                        brand,
                        "Outbox lanes",
                        1000);
        String creator = story.shortlisted("Di Lanes");
        story.tracking()
                .createDiscountCode(
                        CreateDiscountCodeRequest.newBuilder()
                                .setBrandId(brandId)
                                .setCode("DI10")
                                .setCreatorId(creator)
                                .setCampaignId(story.campaignId())
                                .build());
        var shop = shop(brandId);
        var payouts = PayoutServiceGrpc.newBlockingStub(payout);
        shop.recordConversion(
                RecordConversionRequest.newBuilder()
                        .setBrandId(brandId)
                        .setOrderId("first")
                        .setAmount(ShopActivity.eur(10_000))
                        .setOrderedAt(WireTypes.timestamp(Instant.now()))
                        .setDiscountCode("DI10")
                        .setCompleted(true)
                        .build());
        awaitOwed(payouts, brandId, creator, 1_000);
        OrderEvent first = PayoutOutbox.batchedEventsOf(brandId).get(0);

        long large =
                PayoutOutbox.addBatch(
                        IntStream.range(0, 501).mapToObj(i -> copy(first, "large-" + i)).toList());
        OrderEvent malformed = copy(first, "malformed").toBuilder().clearPlan().build();
        long mixed = PayoutOutbox.addBatch(List.of(copy(first, "mixed"), malformed));
        awaitOwed(payouts, brandId, creator, 1_000 * (1 + 501 + 1));
        await("both rows marked delivered")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                delivered("outbox_batch", "id", large)
                                        && delivered("outbox_batch", "id", mixed));
        assertEquals(
                503,
                ServiceDatabases.query(
                                "payout",
                                "select count(*) from ledger_entry where brand_id = ?::uuid",
                                row -> row.getLong(1),
                                brandId)
                        .get(0),
                "one entry per valid event, none for the malformed one");

        SetAsideOrderEvent setAside = setAside(shop, brandId).get(0);
        assertEquals(malformed.getEventId(), setAside.getEvent().getEventId());
        assertTrue(setAside.getRefusal().contains("plan is required"), setAside.getRefusal());
        var replayed =
                shop.replaySetAsideOrderEvents(
                        ReplaySetAsideOrderEventsRequest.newBuilder()
                                .setBrandId(brandId)
                                .addEventIds(malformed.getEventId())
                                .build());
        assertEquals(List.of(malformed.getEventId()), replayed.getReplayedEventIdsList());
        await("the replayed event refused and set aside again")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> setAside(shop, brandId),
                        again ->
                                again.size() == 1
                                        && WireTypes.instant(again.get(0).getRefusedAt())
                                                .isAfter(
                                                        WireTypes.instant(
                                                                setAside.getRefusedAt())));

        OrderEvent previousRelease = copy(first, "previous-release");
        ServiceDatabases.update(
                "tracking",
                "insert into outbox_event (event_id, brand_id, payload, created_at) values (?, ?::uuid, ?, ?)",
                previousRelease.getEventId(),
                brandId,
                previousRelease.toByteArray(),
                Timestamp.from(Instant.now()));
        awaitOwed(payouts, brandId, creator, 1_000 * (1 + 501 + 1 + 1));
        await("the event's row marked delivered")
                .atMost(Duration.ofSeconds(10))
                .until(() -> delivered("outbox_event", "event_id", previousRelease.getEventId()));
    }

    /** The event as another order of the same brand, creator and terms. */
    private static OrderEvent copy(OrderEvent event, String orderId) {
        return event.toBuilder().setEventId(orderId + "-completed").setOrderId(orderId).build();
    }

    private static boolean delivered(String table, String key, Object value) throws Exception {
        return ServiceDatabases.query(
                        "tracking",
                        "select delivered_at is not null from " + table + " where " + key + " = ?",
                        row -> row.getBoolean(1),
                        value)
                .get(0);
    }

    private static void awaitOwed(
            PayoutServiceBlockingStub payouts, String brandId, String creator, long minor) {
        await("owed " + minor)
                .atMost(Duration.ofSeconds(20))
                .until(() -> ShopActivity.owed(payouts, brandId, creator), owed -> owed == minor);
    }

    private static List<SetAsideOrderEvent> setAside(
            TrackingServiceBlockingStub shop, String brandId) {
        return shop.listSetAsideOrderEvents(
                        ListSetAsideOrderEventsRequest.newBuilder()
                                .setBrandId(brandId)
                                .setPage(PageRequest.newBuilder().setPageSize(20))
                                .build())
                .getEventsList();
    }

    /** The shop's order pipeline with its brand-bound service account. */
    private TrackingServiceBlockingStub shop(String brandId) {
        return Callers.as(
                CallerIdentity.brandService("shop-pipeline-" + brandId.substring(0, 8), brandId),
                TrackingServiceGrpc.newBlockingStub(tracking));
    }
}
