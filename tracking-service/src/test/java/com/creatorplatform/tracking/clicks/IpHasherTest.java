package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class IpHasherTest {

    @Test
    void theHashIsTheFirstHalfOfTheHmacSha256UnderTheKey() {
        // RFC 4231, test case 2: its HMAC-SHA256 begins with these 16 bytes.
        assertArrayEquals(
                HexFormat.of().parseHex("5bdcc146bf60754e6a042426089575c7"),
                new IpHasher("Jefe").hash("what do ya want for nothing?"));
    }

    @Test
    void anotherKeyGivesAnotherHash_andAnUnknownAddressHashesAsTheEmptyText() {
        var hasher = new IpHasher("key-one");
        assertFalse(
                Arrays.equals(
                        hasher.hash("203.0.113.9"), new IpHasher("key-two").hash("203.0.113.9")));
        assertArrayEquals(hasher.hash(""), hasher.hash(null));
    }
}
