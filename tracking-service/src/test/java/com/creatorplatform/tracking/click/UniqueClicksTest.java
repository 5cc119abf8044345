package com.creatorplatform.tracking.click;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UniqueClicksTest {

    private final UniqueClicks unique = new UniqueClicks(1000);
    private final UUID link = UUID.randomUUID();
    private final UUID visitor = UUID.randomUUID();
    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFirstClickIsUniqueAndARepeatWithinTheHourIsNot() {
        assertTrue(unique.record(link, visitor, t0));
        assertFalse(unique.record(link, visitor, t0.plusSeconds(3599)));
    }

    @Test
    void anHourAfterTheVisitorsLastClickTheNextIsUniqueAgain() {
        unique.record(link, visitor, t0);
        assertTrue(unique.record(link, visitor, t0.plusSeconds(3600)));
    }

    @Test
    void otherLinksAndOtherVisitorsCountApart() {
        unique.record(link, visitor, t0);
        assertTrue(unique.record(UUID.randomUUID(), visitor, t0));
        assertTrue(unique.record(link, UUID.randomUUID(), t0));
    }

    @Test
    void theMemoryIsBoundedAndForgetsTheLeastRecentlySeenFirst() {
        var small = new UniqueClicks(64); // one visitor per stripe
        small.record(link, visitor, t0);
        // another visitor with the same hash (UUID hashes the XOR of its halves), so in the same stripe
        UUID sameStripe = new UUID(visitor.getMostSignificantBits() ^ 1, visitor.getLeastSignificantBits() ^ 1);
        small.record(link, sameStripe, t0.plusSeconds(1));

        assertTrue(small.record(link, visitor, t0.plusSeconds(2)), "forgotten, so counted as unique again");
        assertFalse(small.record(link, visitor, t0.plusSeconds(3)));
    }
}
