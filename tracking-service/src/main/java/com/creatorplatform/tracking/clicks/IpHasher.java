package com.creatorplatform.tracking.clicks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A visitor's address as clicks keep it: its keyed hash (HMAC-SHA256 under the deployment's {@code
 * tracking.ip-hash-key}, its first 16 bytes: enough to tell addresses apart and spot abuse, not to
 * find the person, and half the bytes to keep and store per click).
 */
final class IpHasher {

    static final int BYTES = 16;

    // One per thread: a Mac is stateful, and the redirect's event loops hash concurrently.
    private final ThreadLocal<Mac> macs;

    IpHasher(String key) {
        var spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs =
                ThreadLocal.withInitial(
                        () -> {
                            try {
                                Mac mac = Mac.getInstance("HmacSHA256");
                                mac.init(spec);
                                return mac;
                            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                                throw new IllegalStateException(e);
                            }
                        });
    }

    /** The address's hash; an unknown (null) address hashes as the empty text. */
    byte[] hash(String address) {
        byte[] mac =
                macs.get()
                        .doFinal(
                                address == null
                                        ? new byte[0]
                                        : address.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(mac, BYTES);
    }
}
