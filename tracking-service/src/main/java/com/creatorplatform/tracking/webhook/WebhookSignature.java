package com.creatorplatform.tracking.webhook;

import com.creatorplatform.contract.webhook.Timestamps;
import com.creatorplatform.contract.webhook.WebhookRefused;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's first scheme, still accepted beside Standard Webhooks: {@code X-Webhook-Signature:
 * sha256=<hex>} where hex is the HMAC-SHA256, keyed with the brand's webhook secret as text, of
 * {@code <timestamp>.<raw body>}, and {@code X-Webhook-Timestamp} is the signing time in Unix
 * seconds. Signing the timestamp with the body means an old request cannot be replayed with a fresh
 * timestamp; requests more than five minutes from now are refused.
 */
public final class WebhookSignature {

    static final String TIMESTAMP = "X-Webhook-Timestamp";
    static final String SIGNATURE = "X-Webhook-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * Passes silently when signed with one of the secrets, or throws {@link WebhookRefused} saying
     * what is wrong.
     */
    public static void verify(
            List<String> secrets,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            Instant now) {
        if (timestampHeader == null || signatureHeader == null) {
            throw WebhookRefused.because(
                    "X-Webhook-Timestamp and X-Webhook-Signature are required");
        }
        long timestamp = Timestamps.withinTolerance(TIMESTAMP, timestampHeader, now);
        if (!signatureHeader.startsWith(PREFIX)) {
            throw WebhookRefused.because("X-Webhook-Signature must be sha256=<hex>");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            throw WebhookRefused.because("X-Webhook-Signature must be sha256=<hex>");
        }
        for (String secret : secrets) {
            // Constant-time comparison: timing must not reveal how much of a forgery was right.
            if (MessageDigest.isEqual(given, hmac(secret, timestamp, body))) {
                return;
            }
        }
        throw WebhookRefused.mismatch();
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
