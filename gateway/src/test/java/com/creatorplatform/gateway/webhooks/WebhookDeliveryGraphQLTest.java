package com.creatorplatform.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.contract.webhook.StandardWebhooks;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ServiceDatabases;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.gateway.support.TestMailbox;
import com.creatorplatform.proto.campaign.v1.PublishWebhookEventsRequest;
import com.creatorplatform.proto.campaign.v1.WebhookEndpointServiceGrpc;
import com.creatorplatform.proto.campaign.v1.WebhookEvent;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.sun.net.httpserver.HttpServer;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Outbound webhooks end to end (ADR 0056): a signed order reported to tracking-service reaches a
 * receiver on 127.0.0.1 inside the test as a verifying {@code order.attributed}, retried after two
 * 500s with one webhook-id; the delivery log and replay through GraphQL over HTTP; an endpoint
 * failing 3 times in a row (the tests' limit) disabled and the brand's admin mailed;
 * payout-service's credit and a run approved and paid over GraphQL, each once and to their brand
 * only.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryGraphQLTest {

    private static final String PASSWORD = "brand-admin-password";
    private static final String SIGN_UP =
            "mutation($input: SignUpBrandInput!) { signUpBrand(input: $input) { brand { id } webhookSecret } }";
    private static final String CREATE =
            "mutation($url: String!, $events: [String!]!) { createWebhookEndpoint(input: {url: $url, events: $events})"
                    + " { signingSecret endpoint { id } } }";
    private static final String LOG =
            "query($after: String) { webhookDeliveryLog(first: 10, after: $after) { nodes { deliveryId eventId"
                    + " eventType statusCode succeeded answer } pageInfo { hasNextPage endCursor } } }";
    private static final String SET_ENABLED =
            "mutation($id: ID!, $enabled: Boolean!) { setWebhookEndpointEnabled(endpointId: $id, enabled: $enabled)"
                    + " { id enabled } }";
    private static final String REPLAY =
            "mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { deliveryId eventId } }";

    private static final String[] PAYOUT_EVENTS = {
        "commission.credited", "payout_run.approved", "payout_run.paid"
    };

    /** A receiver's request as it came. */
    record Received(String id, String timestamp, String signature, String body) {}

    private final HttpServer receiver = receiver();
    private final Map<String, Queue<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final ManagedChannel payoutChannel = PlatformServices.channel(PlatformServices.PAYOUT);

    @AfterAll
    void close() {
        receiver.stop(0);
        campaignChannel.shutdownNow();
        trackingChannel.shutdownNow();
        payoutChannel.shutdownNow();
    }

    @Test
    void aSignedOrdersAttributionIsDeliveredSignedRetriedWithOneIdAndReplayedFromTheLog() {
        var brand = signUp();
        String path = "/hooks/" + UUID.randomUUID();
        answers.put(path, new ConcurrentLinkedQueue<>(List.of(500, 500)));
        String secret = endpoint(brand.admin(), path, "order.attributed");
        var tracking = TrackingServiceGrpc.newBlockingStub(trackingChannel);
        var story =
                CampaignStory.begin(
                        new CampaignApi(campaignChannel), tracking, brand.tenants(), "Hooks", 1000);
        String creatorId = story.activeMember("Anna Hook");
        String clickId = ShopActivity.click(story.link(creatorId, "", ""), "Mozilla/5.0");
        ShopActivity.awaitClicks(tracking, brand.id(), 1);
        String orderId = "HOOK-" + UUID.randomUUID();

        signedOrder(brand, orderId, clickId);

        List<Received> got = await("3 attempts").until(() -> receivedAt(path), r -> r.size() >= 3);
        String eventId = "order:" + brand.id() + ":" + orderId + ":attributed";
        assertEquals(List.of(eventId, eventId, eventId), got.stream().map(Received::id).toList());
        Received delivered = got.get(2);
        JsonPath body = verified(secret, delivered);
        assertEquals("order.attributed", body.getString("type"));
        assertEquals(orderId, body.getString("data.orderId"));
        assertEquals(creatorId, body.getString("data.creatorId"));
        assertEquals(story.campaignId(), body.getString("data.campaignId"));
        assertEquals(4990, body.getInt("data.amount.amountMinor"));

        JsonPath log = GraphQL.ok(brand.viewer(), LOG);
        assertEquals(
                List.of(200, 500, 500), log.getList("data.webhookDeliveryLog.nodes.statusCode"));
        assertEquals(
                List.of(true, false, false),
                log.getList("data.webhookDeliveryLog.nodes.succeeded"));
        String deliveryId = log.getString("data.webhookDeliveryLog.nodes[0].deliveryId");
        assertEquals(
                List.of(deliveryId, deliveryId, deliveryId),
                log.getList("data.webhookDeliveryLog.nodes.deliveryId"));

        JsonPath replayed = GraphQL.ok(brand.admin(), REPLAY, Map.of("id", deliveryId));
        assertEquals(eventId, replayed.getString("data.replayWebhookDelivery.eventId"));
        assertEquals(
                List.of(eventId, eventId, eventId, eventId),
                await("the replay").until(() -> receivedAt(path), r -> r.size() >= 4).stream()
                        .map(Received::id)
                        .toList());
        await("the replay logged")
                .until(
                        () ->
                                GraphQL.ok(brand.viewer(), LOG)
                                        .getList("data.webhookDeliveryLog.nodes.statusCode"),
                        codes -> codes.equals(List.of(200, 200, 500, 500)));

        // Bad input: coded errors, nothing queued.
        assertEquals(
                "NOT_FOUND", replayError(brand.admin(), UUID.randomUUID().toString()), "unknown");
        assertEquals(
                "NOT_FOUND", replayError(signUp().admin(), deliveryId), "another brand's delivery");
        assertEquals("FORBIDDEN", replayError(brand.viewer(), deliveryId), "a viewer");
        assertEquals("INVALID_ARGUMENT", replayError(brand.admin(), "not-an-id"), "malformed");
        assertEquals(4, receivedAt(path).size());
    }

    @Test
    void anEndpointFailingThreeTimesInARowIsDisabledAndTheAdminsAreMailed() throws SQLException {
        var brand = signUp();
        String path = "/hooks/" + UUID.randomUUID();
        answers.put(path, new ConcurrentLinkedQueue<>(List.of(500, 503, 500, 500, 500, 500)));
        endpoint(brand.admin(), path, "payout_run.paid");
        var event =
                WebhookEvent.newBuilder()
                        .setEventId("payout_run:" + UUID.randomUUID() + ":paid")
                        .setBrandId(brand.id())
                        .setType("payout_run.paid")
                        .setOccurredAt(WireTypes.timestamp(Instant.now()))
                        .setDataJson("{\"payoutRunId\":\"run-1\"}")
                        .build();
        var webhooks = WebhookEndpointServiceGrpc.newBlockingStub(campaignChannel);
        var publish = PublishWebhookEventsRequest.newBuilder().addEvents(event).build();

        assertEquals(1, webhooks.publishWebhookEvents(publish).getDeliveries());
        assertEquals(
                0,
                webhooks.publishWebhookEvents(publish).getDeliveries(),
                "the same event again is the same event");

        var mail = TestMailbox.awaitMailTo(brand.email());
        assertTrue(mail.subject().contains("Webhook endpoint disabled"), mail.subject());
        assertTrue(mail.body().contains(path), mail.body());
        assertEquals(
                List.of(false),
                GraphQL.ok(brand.viewer(), "{ webhookEndpoints { enabled } }")
                        .getList("data.webhookEndpoints.enabled"));
        assertEquals(3, receivedAt(path).size(), "nothing is sent once disabled");
        assertEquals(
                "infinity",
                nextAttemptOf(event.getEventId()),
                "the delivery waits parked, out of the engine's way");
        String deliveryId =
                GraphQL.ok(brand.viewer(), LOG)
                        .getString("data.webhookDeliveryLog.nodes[0].deliveryId");
        assertEquals("FAILED_PRECONDITION", replayError(brand.admin(), deliveryId));

        // The brand fixes its receiver and resumes the endpoint: the delivery that waited is sent,
        // with the same webhook-id. Viewers and other brands cannot switch it.
        answers.put(path, new ConcurrentLinkedQueue<>());
        String endpointId =
                GraphQL.ok(brand.viewer(), "{ webhookEndpoints { id } }")
                        .getString("data.webhookEndpoints[0].id");
        var resume = Map.<String, Object>of("id", endpointId, "enabled", true);
        assertEquals(
                "FORBIDDEN",
                GraphQL.post(brand.viewer(), SET_ENABLED, resume)
                        .getString("errors[0].extensions.code"));
        assertEquals(
                "NOT_FOUND",
                GraphQL.post(signUp().admin(), SET_ENABLED, resume)
                        .getString("errors[0].extensions.code"));
        assertEquals(
                true,
                GraphQL.ok(brand.admin(), SET_ENABLED, resume)
                        .getBoolean("data.setWebhookEndpointEnabled.enabled"));
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedAt(path).size() == 4);
        assertEquals(event.getEventId(), receivedAt(path).get(3).id());
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                GraphQL.ok(brand.viewer(), LOG)
                                        .getBoolean("data.webhookDeliveryLog.nodes[0].succeeded"));

        // Paused by the brand while a delivery waits for a later retry: parked, then due at once
        // when resumed.
        assertEquals(
                1,
                ServiceDatabases.update(
                        "campaign",
                        "update webhook_delivery set status = 'PENDING', next_attempt_at = now() + interval '1 hour'"
                                + " where event_id = ?",
                        event.getEventId()));
        GraphQL.ok(brand.admin(), SET_ENABLED, Map.of("id", endpointId, "enabled", false));
        assertEquals("infinity", nextAttemptOf(event.getEventId()));
        GraphQL.ok(brand.admin(), SET_ENABLED, resume);
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedAt(path).size() == 5);
        assertEquals(event.getEventId(), receivedAt(path).get(4).id());
    }

    @Test
    void payoutsCreditsAndARunsApprovalAndPaymentReachOnlyTheirBrandOnceEach() {
        var brand = signUp();
        var other = signUp();
        String path = "/hooks/" + UUID.randomUUID();
        String otherPath = "/hooks/" + UUID.randomUUID();
        String secret = endpoint(brand.admin(), path, PAYOUT_EVENTS);
        endpoint(other.admin(), otherPath, PAYOUT_EVENTS);
        String creatorId = UUID.randomUUID().toString();
        String campaignId = UUID.randomUUID().toString();
        String orderId = "PAY-" + UUID.randomUUID();
        var payouts = PayoutServiceGrpc.newBlockingStub(payoutChannel);
        var completed =
                ApplyOrderEventsRequest.newBuilder()
                        .addEvents(completedInOctober(brand, creatorId, campaignId, orderId))
                        .build();

        payouts.applyOrderEvents(completed);
        Received credit =
                await("the credit").until(() -> receivedAt(path), r -> !r.isEmpty()).get(0);
        payouts.applyOrderEvents(completed);

        JsonPath body = verified(secret, credit);
        assertEquals("commission.credited", body.getString("type"));
        String entryId = body.getString("data.ledgerEntryId");
        assertEquals("commission:" + brand.id() + ":" + entryId + ":credited", credit.id());
        assertEquals(brand.id(), body.getString("data.brandId"));
        assertEquals(creatorId, body.getString("data.creatorId"));
        assertEquals(campaignId, body.getString("data.campaignId"));
        assertEquals(orderId, body.getString("data.orderId"));
        assertEquals(10_000, body.getInt("data.amount.amountMinor"));
        assertEquals("EUR", body.getString("data.amount.currency"));

        String runId =
                GraphQL.ok(
                                brand.admin(),
                                "mutation { startPayoutRun(input: { period: \"2026-10\" }) { run { id } } }")
                        .getString("data.startPayoutRun.run.id");
        await("the run computed")
                .until(
                        () ->
                                GraphQL.ok(
                                                brand.admin(),
                                                "query($id: ID!) { payoutRun(id: $id) { status } }",
                                                Map.of("id", runId))
                                        .getString("data.payoutRun.status"),
                        "DRAFT"::equals);
        GraphQL.ok(
                brand.admin(),
                "mutation($id: ID!) { approvePayoutRun(input: { runId: $id }) { run { id } } }",
                Map.of("id", runId));
        GraphQL.ok(
                brand.admin(),
                "mutation($id: ID!) { markPayoutRunPaid(input: { runId: $id }) { run { id } } }",
                Map.of("id", runId));

        List<Received> got =
                await("the run's events").until(() -> receivedAt(path), r -> r.size() >= 3);
        assertEquals(
                List.of("commission.credited", "payout_run.approved", "payout_run.paid"),
                got.stream().map(r -> new JsonPath(r.body()).getString("type")).sorted().toList(),
                "each once, the replayed credit none");
        String run = "payout_run:" + brand.id() + ":" + runId;
        assertEquals(
                List.of(credit.id(), run + ":approved", run + ":paid"),
                got.stream().map(Received::id).sorted().toList());
        JsonPath paid =
                new JsonPath(
                        got.stream()
                                .filter(r -> r.id().equals(run + ":paid"))
                                .findFirst()
                                .orElseThrow()
                                .body());
        assertEquals(runId, paid.getString("data.payoutRunId"));
        assertEquals(1, paid.getInt("data.creators"));
        assertEquals(List.of(10_000), paid.getList("data.totals.amountMinor"));
        assertEquals(List.of("EUR"), paid.getList("data.totals.currency"));
        assertEquals(List.of(), receivedAt(otherPath), "another brand hears nothing of it");
    }

    /** A completed order of 1,000.00 in October at 10 %, payable after a 7-day hold. */
    private static OrderEvent completedInOctober(
            Brand brand, String creatorId, String campaignId, String orderId) {
        return OrderEvent.newBuilder()
                .setEventId(brand.id() + "/" + orderId + "/completed")
                .setBrandId(brand.id())
                .setOrderId(orderId)
                .setCreatorId(creatorId)
                .setCampaignId(campaignId)
                .setOfferVersionId(UUID.nameUUIDFromBytes(campaignId.getBytes()).toString())
                .setKind(OrderEventKind.ORDER_EVENT_KIND_COMPLETED)
                .setOrderAmount(Money.newBuilder().setAmountMinor(100_000).setCurrency("EUR"))
                .setOccurredAt(WireTypes.timestamp(Instant.parse("2026-10-05T10:00:00Z")))
                .setHoldDays(7)
                .setPlan(
                        CommissionPlan.newBuilder()
                                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                .setRateBasisPoints(1000)
                                .setTierMode(TierMode.TIER_MODE_NONE))
                .build();
    }

    private record Brand(String id, String email, String admin, String viewer, String secret) {
        Tenants tenants() {
            return new Tenants(id, admin, viewer);
        }
    }

    private static Brand signUp() {
        String email = "hooks." + UUID.randomUUID() + "@shop.example";
        JsonPath signed =
                GraphQL.ok(
                        null,
                        SIGN_UP,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Hooks " + UUID.randomUUID(),
                                        "currency",
                                        "EUR",
                                        "allowedDomains",
                                        List.of("northwind.example"),
                                        "minimumPayout",
                                        Map.of("amountMinor", 2500, "currency", "EUR"),
                                        "adminEmail",
                                        email,
                                        "adminName",
                                        "Hana Hook",
                                        "adminPassword",
                                        PASSWORD)));
        String id = signed.getString("data.signUpBrand.brand.id");
        return new Brand(
                id,
                email,
                TestTokens.signInAs(new TestTokens.Login(email, PASSWORD)),
                TestTokens.newUserToken("brand_viewer", Map.of("brand_id", id)),
                signed.getString("data.signUpBrand.webhookSecret"));
    }

    /** An endpoint on the test's receiver; its signing secret. */
    private String endpoint(String admin, String path, String... events) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
        return GraphQL.ok(admin, CREATE, Map.of("url", url, "events", List.of(events)))
                .getString("data.createWebhookEndpoint.signingSecret");
    }

    /**
     * A completed order posted to tracking-service's order webhook, signed per Standard Webhooks.
     */
    /**
     * tracking's outbox holds an event campaign-service refuses (its data is not JSON) with a good
     * one: the good one is delivered, the refused one stays aside with the refusal, and once an
     * operator clears the refusal it is offered again (and refused again, as nothing was fixed).
     */
    @Test
    void anEventCampaignServiceRefusesIsSetAsideWithoutHoldingTheOthersBack() throws SQLException {
        var brand = signUp();
        String path = "/hooks/" + UUID.randomUUID();
        endpoint(brand.admin(), path, "order.attributed");
        String poison = "order:" + brand.id() + ":POISON-" + UUID.randomUUID() + ":attributed";
        String good = "order:" + brand.id() + ":GOOD-" + UUID.randomUUID() + ":attributed";
        String occurredAt = Instant.now().toString();
        var events =
                new JsonArray()
                        .add(outboxEvent(poison, brand.id(), occurredAt, "not json"))
                        .add(outboxEvent(good, brand.id(), occurredAt, "{\"orderId\":\"GOOD\"}"));
        ServiceDatabases.update(
                "tracking",
                "insert into webhook_outbox_batch (id, created_at, events) values (gen_random_uuid(), now(), ?)",
                events.encode());

        assertEquals(
                List.of(good),
                await("the good event delivered")
                        .until(() -> receivedAt(path), r -> !r.isEmpty())
                        .stream()
                        .map(Received::id)
                        .toList());
        String refusal =
                await("the refused event set aside").until(() -> refusalOf(poison), r -> r != null);
        assertTrue(refusal.contains("is not a JSON object"), refusal);

        assertEquals(
                1,
                ServiceDatabases.update(
                        "tracking",
                        "update webhook_outbox_batch set refusal = null where events like ?",
                        "%" + poison + "%"),
                "one row holds the refused event");
        await("offered again, refused again").until(() -> refusalOf(poison), r -> r != null);
        assertEquals(List.of(good), receivedAt(path).stream().map(Received::id).toList());
    }

    private static JsonObject outboxEvent(
            String eventId, String brandId, String occurredAt, String data) {
        return new JsonObject()
                .put("eventId", eventId)
                .put("brandId", brandId)
                .put("type", "order.attributed")
                .put("occurredAt", occurredAt)
                .put("data", data);
    }

    /** When campaign-service will next try to deliver the event (its one delivery), as text. */
    private static String nextAttemptOf(String eventId) throws SQLException {
        return ServiceDatabases.query(
                        "campaign",
                        "select next_attempt_at::text from webhook_delivery where event_id = ?",
                        row -> row.getString(1),
                        eventId)
                .get(0);
    }

    /** The refusal the event was set aside with in tracking's outbox; null while it is not. */
    private static String refusalOf(String eventId) throws SQLException {
        return ServiceDatabases.query(
                        "tracking",
                        "select refusal from webhook_outbox_batch where events like ? and refusal is not null",
                        row -> row.getString(1),
                        "%" + eventId + "%")
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static void signedOrder(Brand brand, String orderId, String clickId) {
        String body =
                "{\"type\":\"order.created\",\"orderId\":\""
                        + orderId
                        + "\",\"amountMinor\":4990,\"currency\":\"EUR\",\"orderedAt\":\""
                        + Instant.now()
                        + "\",\"clickId\":\""
                        + clickId
                        + "\",\"completed\":true}";
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        given().baseUri("http://127.0.0.1")
                .port(PlatformServices.TRACKING.httpPort())
                .contentType("application/json")
                .header("X-Brand-Id", brand.id())
                .header(StandardWebhooks.ID, id)
                .header(StandardWebhooks.TIMESTAMP, Long.toString(now))
                .header(
                        StandardWebhooks.SIGNATURE,
                        StandardWebhooks.sign(
                                brand.secret(), id, now, body.getBytes(StandardCharsets.UTF_8)))
                .body(body)
                .post("/webhooks/orders")
                .then()
                .statusCode(200);
    }

    /** The request's body, once its Standard Webhooks signature verifies with the secret. */
    private static JsonPath verified(String secret, Received request) {
        StandardWebhooks.verify(
                List.of(secret),
                request.id(),
                request.timestamp(),
                request.signature(),
                request.body().getBytes(StandardCharsets.UTF_8),
                Instant.now());
        return new JsonPath(request.body());
    }

    private static String replayError(String token, String deliveryId) {
        return GraphQL.post(token, REPLAY, Map.of("id", deliveryId))
                .getString("errors[0].extensions.code");
    }

    private List<Received> receivedAt(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    /** Answers each path's queued statuses in turn, then 200; keeps every request. */
    private HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(
                    "/hooks/",
                    exchange -> {
                        String path = exchange.getRequestURI().getPath();
                        var headers = exchange.getRequestHeaders();
                        received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                                .add(
                                        new Received(
                                                headers.getFirst(StandardWebhooks.ID),
                                                headers.getFirst(StandardWebhooks.TIMESTAMP),
                                                headers.getFirst(StandardWebhooks.SIGNATURE),
                                                new String(
                                                        exchange.getRequestBody().readAllBytes(),
                                                        StandardCharsets.UTF_8)));
                        Integer queued =
                                answers.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
                        byte[] answer = (queued == null ? "ok" : "down").getBytes();
                        exchange.sendResponseHeaders(queued == null ? 200 : queued, answer.length);
                        exchange.getResponseBody().write(answer);
                        exchange.close();
                    });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
