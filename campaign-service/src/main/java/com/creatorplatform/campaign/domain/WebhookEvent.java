package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Echo;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fact to tell a brand's endpoints, with the body every delivery of it sends: {@code {"type",
 * "timestamp", "data"}}, as Standard Webhooks suggests. Its id is derived from the fact by the
 * service that recorded it, so the same fact handed over twice is one event.
 */
public record WebhookEvent(String id, UUID brandId, String type, Instant occurredAt, String body) {

    static final int MAX_ID_LENGTH = 256;

    /** The event, checked; INVALID_ARGUMENT naming what is wrong. */
    public static WebhookEvent of(
            String id, UUID brandId, String type, Instant occurredAt, String dataJson) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw ApiError.invalidArgument(
                    "event_id must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        String name = WebhookEventType.parse(List.of(type)).get(0);
        if (occurredAt == null) {
            throw ApiError.invalidArgument("occurred_at is required");
        }
        JsonObject data;
        try {
            data = new JsonObject(dataJson);
        } catch (DecodeException | ClassCastException e) {
            throw ApiError.invalidArgument(
                    "data_json of event " + Echo.of(id) + " is not a JSON object");
        }
        String body =
                new JsonObject()
                        .put("type", name)
                        .put("timestamp", occurredAt.toString())
                        .put("data", data)
                        .encode();
        return new WebhookEvent(id, brandId, name, occurredAt, body);
    }
}
