package com.creatorplatform.tracking.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.webhook.WebhookRefused;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "brand-secret";
    private static final byte[] BODY =
            "{\"type\":\"order.created\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final long T = NOW.getEpochSecond();

    private static String refusal(String secret, String timestamp, String signature, byte[] body) {
        return assertThrows(
                        WebhookRefused.class,
                        () ->
                                WebhookSignature.verify(
                                        List.of(secret), timestamp, signature, body, NOW))
                .getMessage();
    }

    @Test
    void aBodySignedWithTheBrandsSecretWithinFiveMinutesPasses() {
        assertDoesNotThrow(
                () ->
                        WebhookSignature.verify(
                                List.of(SECRET),
                                String.valueOf(T - 299),
                                WebhookSignature.sign(SECRET, T - 299, BODY),
                                BODY,
                                NOW));
        assertDoesNotThrow(
                () ->
                        WebhookSignature.verify(
                                List.of(SECRET),
                                String.valueOf(T + 60),
                                WebhookSignature.sign(SECRET, T + 60, BODY),
                                BODY,
                                NOW));
    }

    @Test
    void aStaleRequestIsRefusedEvenWithAGoodSignature() {
        assertEquals(
                "the request was signed more than 5 minutes from now",
                refusal(
                        SECRET,
                        String.valueOf(T - 301),
                        WebhookSignature.sign(SECRET, T - 301, BODY),
                        BODY));
    }

    @Test
    void aTimestampAtTheEndsOfTheLongRangeIsRefusedAsStaleNotAnError() {
        for (long extreme : new long[] {Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(
                    "the request was signed more than 5 minutes from now",
                    refusal(
                            SECRET,
                            String.valueOf(extreme),
                            WebhookSignature.sign(SECRET, extreme, BODY),
                            BODY));
        }
    }

    @Test
    void anyChangeToBodyTimestampOrSecretBreaksTheSignature() {
        String signature = WebhookSignature.sign(SECRET, T, BODY);
        assertEquals(
                "the signature does not match",
                refusal("other-secret", String.valueOf(T), signature, BODY));
        assertEquals(
                "the signature does not match",
                refusal(SECRET, String.valueOf(T - 1), signature, BODY));
        assertEquals(
                "the signature does not match",
                refusal(
                        SECRET,
                        String.valueOf(T),
                        signature,
                        "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void duringARotationEitherSecretPasses() {
        String signature = WebhookSignature.sign("old-secret", T, BODY);
        assertDoesNotThrow(
                () ->
                        WebhookSignature.verify(
                                List.of("new-secret", "old-secret"),
                                String.valueOf(T),
                                signature,
                                BODY,
                                NOW));
        assertEquals(
                "the signature does not match",
                assertThrows(
                                WebhookRefused.class,
                                () ->
                                        WebhookSignature.verify(
                                                List.of("new-secret"),
                                                String.valueOf(T),
                                                signature,
                                                BODY,
                                                NOW))
                        .getMessage());
    }

    @Test
    void missingOrMalformedHeadersAreNamed() {
        assertEquals(
                "X-Webhook-Timestamp and X-Webhook-Signature are required",
                refusal(SECRET, null, "sha256=00", BODY));
        assertEquals(
                "X-Webhook-Timestamp must be Unix seconds",
                refusal(SECRET, "yesterday", "sha256=00", BODY));
        assertEquals(
                "X-Webhook-Signature must be sha256=<hex>",
                refusal(SECRET, String.valueOf(T), "md5=00", BODY));
        assertEquals(
                "X-Webhook-Signature must be sha256=<hex>",
                refusal(SECRET, String.valueOf(T), "sha256=zz", BODY));
    }
}
