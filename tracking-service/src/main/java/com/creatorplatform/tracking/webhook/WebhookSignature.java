package com.creatorplatform.tracking.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the shop signs an order webhook: {@code X-Webhook-Signature: sha256=<hex>} where hex is the
 * HMAC-SHA256, keyed with the brand's webhook secret, of {@code <timestamp>.<raw body>}, and {@code
 * X-Webhook-Timestamp} is the signing time in Unix seconds. Signing the timestamp with the body
 * means an old request cannot be replayed with a fresh timestamp; requests more than five minutes
 * from now are refused.
 */
public final class WebhookSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    /** Why a webhook was refused; the message is safe to show the caller. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private WebhookSignature() {}

    public static String sign(String secret, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /** Passes silently, or throws {@link Refused} saying what is wrong. */
    public static void verify(
            String secret,
            String timestampHeader,
            String signatureHeader,
            byte[] body,
            Instant now) {
        if (timestampHeader == null || signatureHeader == null) {
            throw new Refused("X-Webhook-Timestamp and X-Webhook-Signature are required");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw new Refused("X-Webhook-Timestamp must be Unix seconds");
        }
        // Compared as seconds around now, which cannot overflow: any long a client sends is only
        // too far off.
        long nowSeconds = now.getEpochSecond();
        if (timestamp < nowSeconds - TOLERANCE.toSeconds()
                || timestamp > nowSeconds + TOLERANCE.toSeconds()) {
            throw new Refused("the request was signed more than 5 minutes from now");
        }
        if (!signatureHeader.startsWith(PREFIX)) {
            throw new Refused("X-Webhook-Signature must be sha256=<hex>");
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            throw new Refused("X-Webhook-Signature must be sha256=<hex>");
        }
        // Constant-time comparison: timing must not reveal how much of a forgery was right.
        if (!MessageDigest.isEqual(given, hmac(secret, timestamp, body))) {
            throw new Refused("the signature does not match");
        }
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
