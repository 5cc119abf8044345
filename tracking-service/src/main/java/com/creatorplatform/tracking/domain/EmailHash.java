package com.creatorplatform.tracking.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a person's email is compared without being stored: SHA-256 (hex) of the trimmed, lower-cased
 * address. Shops send customers this way; creators' addresses are hashed the same way to spot
 * self-referrals.
 */
public final class EmailHash {

    private EmailHash() {}

    public static String of(String email) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    email.trim()
                                            .toLowerCase(Locale.ROOT)
                                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
