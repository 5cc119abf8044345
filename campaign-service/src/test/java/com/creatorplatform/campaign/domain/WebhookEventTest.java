package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    private static final UUID BRAND = UUID.fromString("0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01");
    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theBodyCarriesTypeTimestampAndData() {
        var event =
                WebhookEvent.of(
                        "order:x:1:attributed",
                        BRAND,
                        "order.attributed",
                        AT,
                        "{\"orderId\":\"1\"}");
        assertEquals(
                "{\"type\":\"order.attributed\",\"timestamp\":\"2026-12-06T10:00:00Z\",\"data\":{\"orderId\":\"1\"}}",
                event.body());
    }

    @Test
    void badEventsAreRefusedWithWhatIsWrong() {
        assertTrue(refusal("", "order.attributed", "{}").contains("event_id"));
        assertTrue(
                refusal("e-1", "order.exploded", "{}")
                        .contains("'order.exploded' is not an event"));
        assertTrue(refusal("e-1", "order.attributed", "[1]").contains("not a JSON object"));
        assertTrue(refusal("e-1", "order.attributed", "{").contains("not a JSON object"));
        assertTrue(refusal("e-1", "order.attributed", "{} {}").contains("not a JSON object"));
        assertTrue(refusal("e-1", "order.attributed", "{\"a\":}").contains("not a JSON object"));
        assertTrue(refusal("e-1", "order.attributed", "").contains("not a JSON object"));
    }

    @Test
    void theDataIsTakenAsGivenWithoutSurroundingSpace() {
        var event = WebhookEvent.of("e-2", BRAND, "order.refunded", AT, " {\"a\": [1, 2]}\n");
        assertEquals(
                "{\"type\":\"order.refunded\",\"timestamp\":\"2026-12-06T10:00:00Z\",\"data\":{\"a\": [1, 2]}}",
                event.body());
        assertEquals(
                List.of(1, 2),
                new JsonObject(event.body()).getJsonObject("data").getJsonArray("a").getList());
    }

    private static String refusal(String id, String type, String data) {
        return assertThrows(ApiError.class, () -> WebhookEvent.of(id, BRAND, type, AT, data))
                .getMessage();
    }
}
