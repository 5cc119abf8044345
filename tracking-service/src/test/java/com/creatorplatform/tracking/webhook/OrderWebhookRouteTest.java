package com.creatorplatform.tracking.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.webhook.StandardWebhooks;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop's signed order webhook through real HTTP, with the brand's secret from the real
 * campaign-service.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class OrderWebhookRouteTest {

    @Inject Pool db;

    CreateBrandResponse brand;

    @BeforeEach
    void newBrand() {
        brand = CampaignFixtures.brandWithSecret();
    }

    private Response post(String body, long timestamp, String secret) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return given().header("X-Brand-Id", brand.getBrand().getId())
                .header("X-Webhook-Timestamp", String.valueOf(timestamp))
                .header("X-Webhook-Signature", WebhookSignature.sign(secret, timestamp, raw))
                .contentType("application/json")
                .body(raw)
                .post("/webhooks/orders");
    }

    private Response post(String body) {
        return post(body, Instant.now().getEpochSecond(), brand.getWebhookSecret());
    }

    /** Signed per Standard Webhooks, with one signature per secret. */
    private Response postStandard(String body, String... secrets) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        return given().header("X-Brand-Id", brand.getBrand().getId())
                .header(StandardWebhooks.ID, id)
                .header(StandardWebhooks.TIMESTAMP, String.valueOf(now))
                .header(
                        StandardWebhooks.SIGNATURE,
                        String.join(
                                " ",
                                Stream.of(secrets)
                                        .map(secret -> StandardWebhooks.sign(secret, id, now, raw))
                                        .toList()))
                .contentType("application/json")
                .body(raw)
                .post("/webhooks/orders");
    }

    private String rotate(int overlapMinutes) {
        return CampaignFixtures.rotateWebhookSecret(brand.getBrand().getId(), overlapMinutes);
    }

    private static String created(String orderId) {
        return created(orderId, Instant.now());
    }

    private static String created(String orderId, Instant orderedAt) {
        return new JsonObject()
                .put("type", "order.created")
                .put("orderId", orderId)
                .put("amountMinor", 8_000)
                .put("currency", "EUR")
                .put("orderedAt", orderedAt.toString())
                .put("customerEmailHash", "HASH")
                .encode();
    }

    private long orders() {
        return db.preparedQuery("select count(*) from customer_order where brand_id = $1")
                .execute(Tuple.of(UUID.fromString(brand.getBrand().getId())))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    @Test
    void aSignedOrderIsRecordedAndAnsweredWithItsAttribution() {
        var response = post(created("W-1"));

        response.then().statusCode(200);
        assertEquals("PENDING", response.path("status"));
        assertEquals("UNATTRIBUTED", response.path("attribution.outcome"));
        assertEquals(1L, orders());
    }

    @Test
    void anOrderSignedPerStandardWebhooksIsRecordedAndAForgeryIsNot() {
        var signed =
                postStandard(
                        created("S-1"), "whsec_bm90LXRoZS1zZWNyZXQ=", brand.getWebhookSecret());
        signed.then().statusCode(200);
        assertEquals("PENDING", signed.path("status"));

        var forged = postStandard(created("S-2"), "whsec_bm90LXRoZS1zZWNyZXQ=");
        forged.then().statusCode(401);
        assertEquals("the signature does not match", forged.path("error"));
        var noId =
                given().header("X-Brand-Id", brand.getBrand().getId())
                        .header(
                                StandardWebhooks.TIMESTAMP,
                                String.valueOf(Instant.now().getEpochSecond()))
                        .header(StandardWebhooks.SIGNATURE, "v1,AA==")
                        .body(created("S-2"))
                        .post("/webhooks/orders");
        noId.then().statusCode(401);
        assertEquals(
                "webhook-id, webhook-timestamp and webhook-signature are required",
                noId.path("error"));
        assertEquals(1L, orders());
    }

    @Test
    void duringARotationsOverlapTheOldAndTheNewSecretVerifyInBothSchemes() {
        String old = brand.getWebhookSecret();
        post(created("R-1")).then().statusCode(200); // tracking-service now keeps the old secret

        String fresh = rotate(60);

        postStandard(created("R-2"), fresh).then().statusCode(200);
        post(created("R-3"), Instant.now().getEpochSecond(), fresh).then().statusCode(200);
        postStandard(created("R-4"), old).then().statusCode(200);
        post(created("R-5"), Instant.now().getEpochSecond(), old).then().statusCode(200);
        assertEquals(5L, orders());
    }

    @Test
    void afterTheOverlapOnlyTheNewSecretVerifies() {
        String old = brand.getWebhookSecret();

        String fresh = rotate(0);

        var refused = postStandard(created("A-1"), old);
        refused.then().statusCode(401);
        assertEquals("the signature does not match", refused.path("error"));
        post(created("A-1"), Instant.now().getEpochSecond(), old).then().statusCode(401);
        postStandard(created("A-2"), fresh).then().statusCode(200);
        assertEquals(1L, orders());
    }

    @Test
    void replaysEvenRacingOnesRecordTheOrderOnce() {
        String body = created("W-2");
        var statuses =
                IntStream.range(0, 8)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(body).statusCode()))
                        .toList()
                        .stream()
                        .map(CompletableFuture::join)
                        .toList();

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        assertEquals(1L, orders());
    }

    @Test
    void anOrderInAnotherCurrencyThanTheBrandsIs400AndStoresNothing() {
        var inDollars = new JsonObject(created("W-USD")).put("currency", "usd").encode();

        var response = post(inDollars);

        response.then().statusCode(400);
        assertEquals("INVALID_ARGUMENT", response.path("code"));
        assertEquals(
                "amount.currency USD is not the brand's currency EUR: orders must be in the brand's currency",
                response.path("error"));
        assertEquals(0L, orders());
    }

    @Test
    void aBadSignatureAStaleTimestampOrAnUnknownBrandIs401AndStoresNothing() {
        var forged = post(created("W-3"), Instant.now().getEpochSecond(), "not-the-secret");
        forged.then().statusCode(401);
        assertEquals("UNAUTHENTICATED", forged.path("code"));
        assertEquals("the signature does not match", forged.path("error"));

        var stale =
                post(
                        created("W-3"),
                        Instant.now().minusSeconds(360).getEpochSecond(),
                        brand.getWebhookSecret());
        stale.then().statusCode(401);
        assertEquals("the request was signed more than 5 minutes from now", stale.path("error"));

        given().header("X-Brand-Id", UUID.randomUUID().toString())
                .header("X-Webhook-Timestamp", "1")
                .header("X-Webhook-Signature", "sha256=00")
                .body(created("W-3"))
                .post("/webhooks/orders")
                .then()
                .statusCode(401);
        for (long extreme : new long[] {Long.MAX_VALUE, Long.MIN_VALUE}) {
            var overflowing = post(created("W-3"), extreme, brand.getWebhookSecret());
            overflowing.then().statusCode(401);
            assertEquals(
                    "the request was signed more than 5 minutes from now",
                    overflowing.path("error"));
        }
        assertEquals(0L, orders());
    }

    @Test
    void theOrderLifecycleAndRefundsArriveThroughTheSameDoor() {
        post(created("W-4")).then().statusCode(200);
        post(new JsonObject().put("type", "order.completed").put("orderId", "W-4").encode())
                .then()
                .statusCode(200);
        var refunded =
                post(
                        new JsonObject()
                                .put("type", "order.refunded")
                                .put("orderId", "W-4")
                                .put("refundId", "r1")
                                .put("amountMinor", 3_000)
                                .put("currency", "EUR")
                                .encode());

        refunded.then().statusCode(200);
        assertEquals("COMPLETED", refunded.path("status"));
        assertEquals(3_000, (int) refunded.path("refundedMinor"));
        var over =
                post(
                        new JsonObject()
                                .put("type", "order.refunded")
                                .put("orderId", "W-4")
                                .put("refundId", "r2")
                                .put("amountMinor", 6_000)
                                .put("currency", "EUR")
                                .encode());
        over.then().statusCode(409);
        assertEquals("FAILED_PRECONDITION", over.path("code"));
    }

    @Test
    void anOrderDatedAheadOfTheClockOrCompletedBeforeItWasPlacedIs400AndChangesNothing() {
        var ahead = post(created("W-6", Instant.now().plus(Duration.ofDays(400))));
        ahead.then().statusCode(400);
        assertEquals("INVALID_ARGUMENT", ahead.path("code"));
        assertTrue(
                ahead.<String>path("error")
                        .startsWith("ordered_at is more than 5 minutes in the future"),
                ahead.asString());
        assertEquals(0L, orders());

        post(created("W-7")).then().statusCode(200);
        var backdated =
                post(
                        new JsonObject()
                                .put("type", "order.completed")
                                .put("orderId", "W-7")
                                .put("at", Instant.now().minus(Duration.ofHours(1)).toString())
                                .encode());
        backdated.then().statusCode(400);
        assertEquals("INVALID_ARGUMENT", backdated.path("code"));
        assertTrue(
                backdated.<String>path("error").startsWith("completed_at is before ordered_at"),
                backdated.asString());
        assertEquals(
                "PENDING",
                post(created("W-7")).path("status"),
                "a replay answers the order as it stands");
    }

    @Test
    void aMalformedEventIs400WithTheFieldNamed() {
        var noAmount =
                post(
                        new JsonObject()
                                .put("type", "order.created")
                                .put("orderId", "W-5")
                                .put("currency", "EUR")
                                .put("orderedAt", Instant.now().toString())
                                .encode());
        noAmount.then().statusCode(400);
        assertEquals("amountMinor must be a whole number of minor units", noAmount.path("error"));
        post("not json").then().statusCode(400);
        var unknownOrder =
                post(
                        new JsonObject()
                                .put("type", "order.completed")
                                .put("orderId", "nope")
                                .encode());
        unknownOrder.then().statusCode(404);
        assertEquals(0L, orders());
    }

    /** Java names an answer must never show: class names, packages, stack frames. */
    private static final Pattern INTERNALS =
            Pattern.compile(
                    "(java|javax|jakarta|io\\.vertx|io\\.quarkus|io\\.grpc|com\\.creatorplatform)\\.[A-Za-z]|Exception\\b|\\tat ");

    @Test
    void mangledSignedBodiesAreAnsweredWithACodeNeverA5xxOrAClassName() {
        long seed = Long.getLong("fuzz.seed", 18L);
        var random = new Random(seed);
        List<String> valid =
                List.of(
                        created("F-1"),
                        new JsonObject()
                                .put("type", "order.completed")
                                .put("orderId", "F-1")
                                .encode(),
                        new JsonObject()
                                .put("type", "order.refunded")
                                .put("orderId", "F-1")
                                .put("refundId", "r")
                                .put("amountMinor", 100)
                                .put("currency", "EUR")
                                .encode());
        List<String> pieces =
                List.of(
                        "{",
                        "}",
                        "[",
                        "]",
                        ",",
                        ":",
                        "\"",
                        "null",
                        "true",
                        "-1",
                        "1e999",
                        "99999999999999999999",
                        "\"amountMinor\": \"x\"",
                        "\"orderedAt\": \"2026-02-30T00:00:00Z\"",
                        "\"type\": \"order.exploded\"",
                        "\"currency\": \"EURO\"",
                        "\"orderId\": \"" + "x".repeat(10_000) + "\"",
                        "\\u0000",
                        "[".repeat(5000));
        for (int i = 0; i < 150; i++) {
            var body = new StringBuilder(valid.get(random.nextInt(valid.size())));
            for (int change = random.nextInt(4); change > 0; change--) {
                int at = random.nextInt(body.length() + 1);
                if (random.nextBoolean()) {
                    body.insert(at, pieces.get(random.nextInt(pieces.size())));
                } else {
                    body.delete(at, Math.min(body.length(), at + 1 + random.nextInt(10)));
                }
            }
            var response = post(body.toString());
            String shown =
                    "seed "
                            + seed
                            + ", request "
                            + i
                            + ": "
                            + body
                            + " -> "
                            + response.statusCode()
                            + " "
                            + response.asString();
            assertTrue(response.statusCode() < 500, shown);
            assertFalse(INTERNALS.matcher(response.asString()).find(), shown);
            if (response.statusCode() >= 400) {
                assertTrue(
                        response.<String>path("code") != null
                                && response.<String>path("error") != null,
                        shown);
            }
        }
    }
}
