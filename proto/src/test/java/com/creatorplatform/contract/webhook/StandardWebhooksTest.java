package com.creatorplatform.contract.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    // The example of the Standard Webhooks reference libraries' tests.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long T = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(T);

    private static String refusal(List<String> secrets, String timestamp, String signature) {
        return assertThrows(
                        WebhookRefused.class,
                        () -> StandardWebhooks.verify(secrets, ID, timestamp, signature, BODY, NOW))
                .getMessage();
    }

    @Test
    void signsAsTheSpecificationsReferenceExample() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                StandardWebhooks.sign(SECRET, ID, T, BODY));
    }

    @Test
    void anyOfSeveralSignaturesWithAnyOfTheSecretsPasses() {
        String other = StandardWebhooks.newSecret();
        String header =
                "v2,ignored v1,bm90LWEtc2lnbmF0dXJl " + StandardWebhooks.sign(SECRET, ID, T, BODY);
        assertDoesNotThrow(
                () ->
                        StandardWebhooks.verify(
                                List.of(other, SECRET), ID, String.valueOf(T), header, BODY, NOW));
        assertEquals(
                "the signature does not match", refusal(List.of(other), String.valueOf(T), header));
        assertTrue(
                assertThrows(
                                WebhookRefused.class,
                                () ->
                                        StandardWebhooks.verify(
                                                List.of(other),
                                                ID,
                                                String.valueOf(T),
                                                header,
                                                BODY,
                                                NOW))
                        .signatureMismatch());
    }

    @Test
    void theIdTimestampAndBodyAreAllSigned() {
        String signature = StandardWebhooks.sign(SECRET, ID, T, BODY);
        assertThrows(
                WebhookRefused.class,
                () ->
                        StandardWebhooks.verify(
                                List.of(SECRET),
                                "msg_other",
                                String.valueOf(T),
                                signature,
                                BODY,
                                NOW));
        assertEquals(
                "the signature does not match",
                refusal(List.of(SECRET), String.valueOf(T - 1), signature));
        assertThrows(
                WebhookRefused.class,
                () ->
                        StandardWebhooks.verify(
                                List.of(SECRET),
                                ID,
                                String.valueOf(T),
                                signature,
                                "{}".getBytes(StandardCharsets.UTF_8),
                                NOW));
    }

    @Test
    void aMessageSignedMoreThanFiveMinutesFromNowIsRefused() {
        String late = String.valueOf(T - 301);
        String early = String.valueOf(T + 301);
        WebhookRefused stale =
                assertThrows(
                        WebhookRefused.class,
                        () ->
                                StandardWebhooks.verify(
                                        List.of(SECRET),
                                        ID,
                                        late,
                                        StandardWebhooks.sign(SECRET, ID, T - 301, BODY),
                                        BODY,
                                        NOW));
        assertEquals("the request was signed more than 5 minutes from now", stale.getMessage());
        assertFalse(stale.signatureMismatch());
        assertEquals(
                "the request was signed more than 5 minutes from now",
                refusal(List.of(SECRET), early, StandardWebhooks.sign(SECRET, ID, T + 301, BODY)));
        assertEquals(
                "the request was signed more than 5 minutes from now",
                refusal(List.of(SECRET), String.valueOf(Long.MIN_VALUE), "v1,AA=="));
    }

    @Test
    void missingOrMalformedHeadersAreNamed() {
        assertEquals(
                "webhook-id, webhook-timestamp and webhook-signature are required",
                assertThrows(
                                WebhookRefused.class,
                                () ->
                                        StandardWebhooks.verify(
                                                List.of(SECRET), null, "1", "v1,AA==", BODY, NOW))
                        .getMessage());
        assertEquals(
                "webhook-timestamp must be Unix seconds",
                refusal(List.of(SECRET), "now", "v1,AA=="));
        assertEquals(
                "webhook-signature must hold space-separated v1,<base64> signatures",
                refusal(List.of(SECRET), String.valueOf(T), "sha256=00"));
    }

    @Test
    void newSecretsAreWhsecAnd32RandomBytes() {
        String secret = StandardWebhooks.newSecret();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertFalse(secret.equals(StandardWebhooks.newSecret()));
    }

    @Test
    void aSecretWithoutThePrefixInBase64UrlStillKeys() {
        byte[] key = new byte[32];
        key[0] = (byte) 0xfb; // "-" / "_" in base64url
        String legacy = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        String modern = "whsec_" + Base64.getEncoder().encodeToString(key);
        assertEquals(
                StandardWebhooks.sign(modern, ID, T, BODY),
                StandardWebhooks.sign(legacy, ID, T, BODY));
    }

    @Test
    void aSecretThatIsNoBase64KeysWithItsText() {
        String signature = StandardWebhooks.sign("demo secret!", ID, T, BODY);
        assertDoesNotThrow(
                () ->
                        StandardWebhooks.verify(
                                List.of("demo secret!"),
                                ID,
                                String.valueOf(T),
                                signature,
                                BODY,
                                NOW));
    }
}
