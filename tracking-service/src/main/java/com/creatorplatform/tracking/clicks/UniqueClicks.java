package com.creatorplatform.tracking.clicks;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Decides the unique flag in memory, on the redirect's thread: a click is unique when the same
 * visitor has not clicked the same link in the hour before it. Keeping this out of the database
 * saves an index probe per stored click. The memory is bounded: under a flood of distinct visitors
 * older entries are forgotten first, and a replica only knows the clicks it served — both can only
 * over-count unique clicks of a visitor who comes back, never lose a click.
 *
 * <p>A fixed table of 64-bit words rather than a map: every redirect writes here, and a map's entry
 * objects (key, entry, timestamp) for hundreds of thousands of visitors live long enough to burden
 * the garbage collector. Each (link, visitor) pair hashes to a set of eight slots (a cache line); a
 * slot holds 32 bits of the pair's hash and the click's epoch second. Two different pairs would
 * have to agree on the set and those 32 bits to be mistaken for each other (one chance in 2^32
 * times the number of sets: 2^49 by default). Concurrent clicks of the same pair may both count as
 * unique: an over-count again.
 */
public class UniqueClicks {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int WAYS = 8;

    private final AtomicLongArray slots;
    private final int setMask;

    /**
     * Room for about {@code maxRemembered} recent (link, visitor) pairs (rounded up to a power of
     * two).
     */
    public UniqueClicks(long maxRemembered) {
        int sets =
                Integer.highestOneBit((int) Math.max(1, Math.min(1 << 28, maxRemembered / WAYS)));
        sets = sets * WAYS < maxRemembered ? sets << 1 : sets;
        this.slots = new AtomicLongArray(sets * WAYS);
        this.setMask = sets - 1;
    }

    /** Records the click and says whether it is the visitor's first on the link within the hour. */
    public boolean record(UUID linkId, UUID visitorId, Instant at) {
        long hash = hash(linkId, visitorId);
        int first = (int) (hash & setMask) * WAYS;
        long tag = hash >>> 32;
        long second = at.getEpochSecond();
        long entry = tag << 32 | (second & 0xFFFFFFFFL);
        int oldest = first;
        long oldestSecond = Long.MAX_VALUE;
        for (int slot = first; slot < first + WAYS; slot++) {
            long current = slots.getOpaque(slot);
            long currentSecond = current & 0xFFFFFFFFL;
            if (current >>> 32 == tag && current != 0) {
                slots.setOpaque(slot, entry);
                return second - currentSecond >= WINDOW.toSeconds();
            }
            if (currentSecond < oldestSecond) {
                oldest = slot;
                oldestSecond = currentSecond;
            }
        }
        slots.setOpaque(oldest, entry);
        return true;
    }

    /**
     * Records the first click of a visitor who has just been given their id (always unique) without
     * reading the set first: a store into a cache line the processor does not hold yet waits in its
     * store buffer, where a load would stall the redirect until memory answers. The slot is picked
     * by the pair's hash rather than as the oldest, so it may evict a more recent pair (an
     * over-count again, and only when the memory is full).
     */
    public void first(UUID linkId, UUID visitorId, Instant at) {
        long hash = hash(linkId, visitorId);
        long tag = hash >>> 32;
        int slot = (int) (hash & setMask) * WAYS + (int) (tag & (WAYS - 1));
        slots.setOpaque(slot, tag << 32 | (at.getEpochSecond() & 0xFFFFFFFFL));
    }

    private static long hash(UUID linkId, UUID visitorId) {
        long h =
                visitorId.getMostSignificantBits() * 0x9E3779B97F4A7C15L
                        ^ visitorId.getLeastSignificantBits();
        h =
                (h ^ linkId.getMostSignificantBits()) * 0xBF58476D1CE4E5B9L
                        ^ linkId.getLeastSignificantBits();
        h = (h ^ (h >>> 31)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 29);
    }
}
