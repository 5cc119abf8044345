package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Echo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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

    private static final JsonFactory JSON = new JsonFactory();

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
        if (!isObject(dataJson)) {
            throw ApiError.invalidArgument(
                    "data_json of event " + Echo.of(id) + " is not a JSON object");
        }
        // The data goes into the body as given: checked by a streaming parse, not rebuilt, as
        // every order's events pass here. Type names need no escaping.
        String body =
                "{\"type\":\""
                        + name
                        + "\",\"timestamp\":\""
                        + occurredAt
                        + "\",\"data\":"
                        + dataJson.strip()
                        + "}";
        return new WebhookEvent(id, brandId, name, occurredAt, body);
    }

    /** Whether the text is one JSON object and nothing after it. */
    static boolean isObject(String json) {
        if (json == null) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException malformed) {
            return false;
        }
    }
}
