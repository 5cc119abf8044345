package com.creatorplatform.contract;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUIDs in the version 7 layout: the Unix millisecond first, then 74 random bits. Ids made in time
 * order sort in time order, so a new row lands at the right edge of a b-tree index instead of on a
 * random page (each random page a stored click, order or ledger entry touched was a large part of
 * its cost: bench/RESULTS.md).
 */
public final class TimeOrderedUuid {

    private TimeOrderedUuid() {}

    /** {@code random1} gives 12 bits, {@code random2} 62 bits. */
    public static UUID of(long epochMillis, long random1, long random2) {
        long high = (epochMillis << 16) | 0x7000L | (random1 & 0x0FFFL);
        long low = (random2 & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low);
    }

    /** A new id made at the Unix millisecond, for rows whose ids must be unique, not secret. */
    public static UUID at(long epochMillis) {
        var random = ThreadLocalRandom.current();
        return of(epochMillis, random.nextLong(), random.nextLong());
    }
}
