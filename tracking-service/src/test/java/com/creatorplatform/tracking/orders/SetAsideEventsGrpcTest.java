package com.creatorplatform.tracking.orders;

import static com.creatorplatform.contract.testing.Callers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.tracking.v1.ListSetAsideOrderEventsRequest;
import com.creatorplatform.proto.tracking.v1.ListSetAsideOrderEventsResponse;
import com.creatorplatform.proto.tracking.v1.ReplaySetAsideOrderEventsRequest;
import com.creatorplatform.proto.tracking.v1.SetAsideOrderEvent;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox events payout-service refused, as an operator lists and replays them over gRPC. */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class SetAsideEventsGrpcTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject Pool db;

    private final UUID brandA = UUID.randomUUID();
    private final UUID brandB = UUID.randomUUID();

    /** An outbox event as the relay leaves it: set aside with payout's refusal, or delivered. */
    private String outboxEvent(UUID brand, String orderId, String refusal, boolean delivered) {
        String eventId = brand + ":" + orderId + ":completed";
        var event =
                OrderEvent.newBuilder()
                        .setEventId(eventId)
                        .setBrandId(brand.toString())
                        .setOrderId(orderId)
                        .setKind(OrderEventKind.ORDER_EVENT_KIND_COMPLETED)
                        .setOrderAmount(Money.newBuilder().setAmountMinor(5_000).setCurrency("USD"))
                        .build();
        var at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        db.preparedQuery(
                        "insert into outbox_event (event_id, brand_id, payload, created_at, delivered_at, refused_at, refusal)"
                                + " values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(
                        Tuple.from(
                                new Object[] {
                                    eventId,
                                    brand,
                                    Buffer.buffer(event.toByteArray()),
                                    at,
                                    delivered ? at : null,
                                    refusal == null ? null : at,
                                    refusal
                                }))
                .await()
                .indefinitely();
        return eventId;
    }

    private ListSetAsideOrderEventsResponse list(UUID brand, int size, String cursor) {
        return tracking.listSetAsideOrderEvents(
                ListSetAsideOrderEventsRequest.newBuilder()
                        .setBrandId(brand.toString())
                        .setPage(PageRequest.newBuilder().setPageSize(size).setCursor(cursor))
                        .build());
    }

    private static List<String> ids(ListSetAsideOrderEventsResponse page) {
        return page.getEventsList().stream().map(e -> e.getEvent().getEventId()).toList();
    }

    @Test
    void anOperatorSeesEachSetAsideEventWithItsRefusalAndPutsItBackInTheOutbox() {
        String first =
                outboxEvent(brandA, "A-1", "a FLAT plan pays in EUR, the order is in USD", false);
        String second = outboxEvent(brandA, "A-2", "malformed event", false);
        String delivered = outboxEvent(brandA, "A-3", null, true);
        String otherBrands = outboxEvent(brandB, "B-1", "malformed event", false);

        var page1 = list(brandA, 1, "");
        var page2 = list(brandA, 1, page1.getPage().getNextCursor());
        SetAsideOrderEvent seen = page1.getEvents(0);
        assertEquals(List.of(first), ids(page1));
        assertEquals("a FLAT plan pays in EUR, the order is in USD", seen.getRefusal());
        assertEquals("A-1", seen.getEvent().getOrderId());
        assertEquals(5_000, seen.getEvent().getOrderAmount().getAmountMinor());
        assertEquals(List.of(second), ids(page2));
        assertEquals("", page2.getPage().getNextCursor());

        var replayed =
                tracking.replaySetAsideOrderEvents(
                        ReplaySetAsideOrderEventsRequest.newBuilder()
                                .setBrandId(brandA.toString())
                                .addEventIds(first)
                                .addEventIds(delivered)
                                .addEventIds(otherBrands)
                                .addEventIds("no-such-event")
                                .build());

        assertEquals(List.of(first), replayed.getReplayedEventIdsList());
        assertEquals(List.of(second), ids(list(brandA, 20, "")));
        assertEquals(List.of(otherBrands), ids(list(brandB, 20, "")));
        var undelivered =
                db.preparedQuery(
                                "select count(*) from outbox_event where event_id = $1"
                                        + " and delivered_at is null and refused_at is null and refusal is null")
                        .execute(Tuple.of(first))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0);
        assertEquals(1L, undelivered, "the relay sends a replayed event again");
    }

    @Test
    void onlyServiceAccountsSeeOrReplaySetAsideEventsAndOneBoundToABrandOnlyItsOwn() {
        outboxEvent(brandA, "P-1", "malformed event", false);
        var request =
                ListSetAsideOrderEventsRequest.newBuilder().setBrandId(brandA.toString()).build();

        for (var caller :
                List.of(
                        CallerIdentity.brand(brandA.toString()),
                        CallerIdentity.brandService("shop-b", brandB.toString()))) {
            var refused =
                    assertThrows(
                            StatusRuntimeException.class,
                            () -> as(caller, tracking).listSetAsideOrderEvents(request));
            assertEquals(Status.Code.PERMISSION_DENIED, refused.getStatus().getCode());
        }
        var ownShop = as(CallerIdentity.brandService("shop-a", brandA.toString()), tracking);
        assertEquals(1, ownShop.listSetAsideOrderEvents(request).getEventsCount());
        var everyBrand =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                ownShop.listSetAsideOrderEvents(
                                        ListSetAsideOrderEventsRequest.getDefaultInstance()));
        assertEquals(Status.Code.PERMISSION_DENIED, everyBrand.getStatus().getCode());
    }
}
