package com.creatorplatform.tracking.click;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Decides the unique flag in memory, on the redirect's thread: a click is unique when the same
 * visitor has not clicked the same link in the hour before it. Keeping this out of the database
 * saves an index probe per stored click. The memory is bounded: under a flood of distinct visitors
 * the least recently seen are forgotten first, and a replica only knows the clicks it served — both
 * can only over-count unique clicks of a visitor who comes back, never lose a click.
 *
 * <p>Plain maps behind striped locks rather than a general-purpose cache: every redirect writes here,
 * and a cache's bookkeeping (frequency sketch, expiry timers, write buffers) cost more than the
 * redirect's own work.
 */
public class UniqueClicks {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int STRIPES = 64;

    private record Key(UUID linkId, UUID visitorId) {
    }

    private final Stripe[] stripes = new Stripe[STRIPES];

    public UniqueClicks(long maxRemembered) {
        int perStripe = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxRemembered / STRIPES));
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe(perStripe);
        }
    }

    /** Records the click and says whether it is the visitor's first on the link within the hour. */
    public boolean record(UUID linkId, UUID visitorId, Instant at) {
        var key = new Key(linkId, visitorId);
        Stripe stripe = stripes[Math.floorMod(visitorId.hashCode(), STRIPES)];
        Instant previous;
        synchronized (stripe) {
            previous = stripe.put(key, at);
        }
        return previous == null || !at.isBefore(previous.plus(WINDOW));
    }

    /** One lock's share of the memory, least recently clicked first. */
    private static final class Stripe extends LinkedHashMap<Key, Instant> {

        private final int capacity;

        Stripe(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Instant> eldest) {
            return size() > capacity;
        }
    }
}
