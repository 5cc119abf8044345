package com.creatorplatform.contract.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures as the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>
 * specification says, written once for both directions: the shop's order webhooks we verify and the
 * events we send brands. A message carries {@code webhook-id}, {@code webhook-timestamp} (Unix
 * seconds) and {@code webhook-signature}: space-separated {@code v1,<base64>} signatures, each the
 * HMAC-SHA256 of {@code <id>.<timestamp>.<raw body>} keyed with the base64-decoded secret (the text
 * after {@code whsec_}). Messages signed more than {@link #TOLERANCE} from now are refused, so an
 * old one cannot be replayed.
 */
public final class StandardWebhooks {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    public static final String SECRET_PREFIX = "whsec_";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String VERSION = "v1,";
    private static final int MAX_ID_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {}

    /** A new signing secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one secret: {@code v1,<base64>}. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return VERSION + Base64.getEncoder().encodeToString(hmac(key(secret), id, timestamp, body));
    }

    /**
     * Passes when one of the header's signatures was made with one of the secrets, within the
     * tolerance of now; otherwise throws {@link WebhookRefused} saying what is wrong.
     */
    public static void verify(
            List<String> secrets,
            String idHeader,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            Instant now) {
        if (idHeader == null || timestampHeader == null || signatureHeader == null) {
            throw WebhookRefused.because(
                    "webhook-id, webhook-timestamp and webhook-signature are required");
        }
        String id = idHeader.trim();
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw WebhookRefused.because(
                    "webhook-id must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        long timestamp = Timestamps.withinTolerance("webhook-timestamp", timestampHeader, now);
        List<byte[]> given = signatures(signatureHeader);
        for (String secret : secrets) {
            byte[] expected = hmac(key(secret), id, timestamp, body);
            for (byte[] signature : given) {
                // Constant-time: timing must not reveal how much of a forgery was right.
                if (MessageDigest.isEqual(signature, expected)) {
                    return;
                }
            }
        }
        throw WebhookRefused.mismatch();
    }

    /** The v1 signatures of the header; those of other versions are skipped, as the spec says. */
    private static List<byte[]> signatures(String header) {
        List<byte[]> found =
                Arrays.stream(header.trim().split(" +"))
                        .filter(s -> s.startsWith(VERSION))
                        .map(s -> decodeOrNull(s.substring(VERSION.length())))
                        .filter(Objects::nonNull)
                        .toList();
        if (found.isEmpty()) {
            throw WebhookRefused.because(
                    "webhook-signature must hold space-separated v1,<base64> signatures");
        }
        return found;
    }

    private static byte[] decodeOrNull(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The HMAC key of a secret: the base64 after {@code whsec_}. A secret from before secrets had
     * the prefix is base64url, which decodes too; one that is no base64 at all keys with its text.
     */
    static byte[] key(String secret) {
        String encoded =
                secret.startsWith(SECRET_PREFIX)
                        ? secret.substring(SECRET_PREFIX.length())
                        : secret;
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                return decoder.decode(encoded);
            } catch (IllegalArgumentException notThisAlphabet) {
                // try the next
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
