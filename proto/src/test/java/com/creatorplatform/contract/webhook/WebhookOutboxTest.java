package com.creatorplatform.contract.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.webhook.WebhookOutbox.Event;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookOutboxTest {

    @Test
    void aRowGivesBackItsEventsInOrderWithTheirDataAsWritten() {
        UUID brand = UUID.randomUUID();
        var events =
                List.of(
                        new Event(
                                "order:" + brand + ":o-1:attributed",
                                brand,
                                "order.attributed",
                                Instant.parse("2026-12-06T23:40:00.123456Z"),
                                // kept byte for byte: spacing, key order, a quote, a non-ASCII name
                                "{\"orderId\": \"o-1\",\"amount\":{\"amountMinor\":1250},\"name\":\"Zoë \\\"Z\\\"\"}"),
                        new Event(
                                "commission:" + brand + ":e-1:credited",
                                brand,
                                "commission.credited",
                                Instant.parse("2026-12-06T23:40:01Z"),
                                "{}"));

        assertEquals(events, WebhookOutbox.decode(WebhookOutbox.encode(events)));
    }

    @Test
    void aRowWrittenByTheMigrationOfTheOldTableIsRead() {
        // V46 moves the rows of the one-event-per-row table, formatting occurredAt in SQL.
        UUID brand = UUID.fromString("6f1c1a8e-2a4b-4c51-9a57-0d0f2b3c4d5e");
        String migrated =
                "[{\"eventId\" : \"e-1\", \"brandId\" : \""
                        + brand
                        + "\", \"type\" : \"payout_run.paid\","
                        + " \"occurredAt\" : \"2026-12-06T23:40:00.120000Z\", \"data\" : \"{\\\"a\\\":1}\"}]";

        assertEquals(
                List.of(
                        new Event(
                                "e-1",
                                brand,
                                "payout_run.paid",
                                Instant.parse("2026-12-06T23:40:00.12Z"),
                                "{\"a\":1}")),
                WebhookOutbox.decode(migrated));
    }
}
