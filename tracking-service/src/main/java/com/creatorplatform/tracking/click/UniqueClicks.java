package com.creatorplatform.tracking.click;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Decides the unique flag in memory, on the redirect's thread: a click is unique when the same
 * visitor has not clicked the same link in the hour before it. Keeping this out of the database
 * saves an index probe per stored click. The memory is bounded: under a flood of distinct visitors
 * the oldest are forgotten first, and a replica only knows the clicks it served — both can only
 * over-count unique clicks of a visitor who comes back, never lose a click.
 */
public class UniqueClicks {

    static final Duration WINDOW = Duration.ofHours(1);

    private record Key(UUID linkId, UUID visitorId) {
    }

    private final Cache<Key, Instant> lastClick;

    public UniqueClicks(long maxRemembered) {
        lastClick = Caffeine.newBuilder().maximumSize(maxRemembered).expireAfterWrite(WINDOW).build();
    }

    /** Records the click and says whether it is the visitor's first on the link within the hour. */
    public boolean record(UUID linkId, UUID visitorId, Instant at) {
        Instant previous = lastClick.asMap().put(new Key(linkId, visitorId), at);
        return previous == null || !at.isBefore(previous.plus(WINDOW));
    }
}
