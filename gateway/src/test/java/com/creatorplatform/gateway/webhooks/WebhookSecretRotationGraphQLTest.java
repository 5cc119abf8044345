package com.creatorplatform.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.webhook.StandardWebhooks;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A brand admin rotates the webhook secret through GraphQL over HTTP, and the shop's order webhooks
 * to the real tracking-service verify with the old and the new secret during the overlap, with only
 * the new one after.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
public class WebhookSecretRotationGraphQLTest {

    private static final String ROTATE =
            """
            mutation($overlap: Int) {
              rotateWebhookSecret(overlapMinutes: $overlap) { webhookSecret previousValidUntil }
            }
            """;

    private static JsonPath rotate(String token, int overlapMinutes) {
        return GraphQL.post(token, ROTATE, Map.of("overlap", overlapMinutes));
    }

    private static String rotated(String token, int overlapMinutes) {
        JsonPath answer = rotate(token, overlapMinutes);
        assertNull(answer.get("errors"), answer.prettify());
        return answer.getString("data.rotateWebhookSecret.webhookSecret");
    }

    /** The shop's order webhook, signed per Standard Webhooks with the secret; the HTTP status. */
    private static int order(String brandId, String secret) {
        byte[] body =
                new JsonObject()
                        .put("type", "order.created")
                        .put("orderId", "ROT-" + UUID.randomUUID())
                        .put("amountMinor", 1000)
                        .put("currency", "EUR")
                        .put("orderedAt", Instant.now().toString())
                        .encode()
                        .getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        return given().baseUri("http://127.0.0.1:" + PlatformServices.TRACKING.httpPort())
                .header("X-Brand-Id", brandId)
                .header(StandardWebhooks.ID, id)
                .header(StandardWebhooks.TIMESTAMP, String.valueOf(now))
                .header(StandardWebhooks.SIGNATURE, StandardWebhooks.sign(secret, id, now, body))
                .contentType("application/json")
                .body(body)
                .post("/webhooks/orders")
                .statusCode();
    }

    @Test
    void bothSecretsVerifyDuringTheOverlapAndOnlyTheNewOneAfter() {
        var brand = Tenants.newBrand();
        String second = rotated(brand.adminToken(), 60);
        JsonPath third = rotate(brand.adminToken(), 60);
        String thirdSecret = third.getString("data.rotateWebhookSecret.webhookSecret");

        assertTrue(thirdSecret.startsWith("whsec_"), thirdSecret);
        assertNotEquals(second, thirdSecret);
        Duration window =
                Duration.between(
                        Instant.now(),
                        Instant.parse(
                                third.getString("data.rotateWebhookSecret.previousValidUntil")));
        assertTrue(window.compareTo(Duration.ofMinutes(55)) > 0, window.toString());
        assertEquals(200, order(brand.brandId(), thirdSecret));
        assertEquals(200, order(brand.brandId(), second), "the replaced secret, in its overlap");

        String fourth = rotated(brand.adminToken(), 0);

        assertEquals(200, order(brand.brandId(), fourth));
        assertEquals(401, order(brand.brandId(), thirdSecret), "its overlap ended at once");
        assertEquals(401, order(brand.brandId(), second));
    }

    @Test
    void aViewerOrAnOverlapOutOfRangeIsRefusedWithACodeAndTheSecretStays() {
        var brand = Tenants.newBrand();
        String secret = rotated(brand.adminToken(), 0);

        JsonPath viewer = rotate(brand.viewerToken(), 60);
        assertEquals("FORBIDDEN", viewer.getString("errors[0].extensions.code"), viewer.prettify());
        JsonPath tooLong = rotate(brand.adminToken(), 10_081);
        assertEquals(
                "INVALID_ARGUMENT",
                tooLong.getString("errors[0].extensions.code"),
                tooLong.prettify());
        assertTrue(
                tooLong.getString("errors[0].message")
                        .contains("overlap_minutes must be from 0 to 10080"),
                tooLong.prettify());

        assertEquals(200, order(brand.brandId(), secret), "the secret is unchanged");
    }
}
