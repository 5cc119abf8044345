package com.creatorplatform.tracking.clicks;

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
    void aNewVisitorsFirstClickIsRemembered_soTheirRepeatWithinTheHourIsNotUnique() {
        unique.first(link, visitor, t0);
        assertFalse(unique.record(link, visitor, t0.plusSeconds(3599)));
        assertTrue(unique.record(link, visitor, t0.plusSeconds(3599 + 3600)));
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
    void theMemoryIsBoundedAndForgetsTheOldestFirst() {
        var small = new UniqueClicks(8); // one set of eight slots: every pair competes for it
        small.record(link, visitor, t0);
        for (int i = 1;
                i <= 8;
                i++) { // the eighth newcomer takes the oldest slot: the first visitor's
            small.record(link, UUID.randomUUID(), t0.plusSeconds(i));
        }
        UUID recent = UUID.randomUUID();
        small.record(link, recent, t0.plusSeconds(9));

        assertFalse(small.record(link, recent, t0.plusSeconds(10)), "remembered");
        assertTrue(
                small.record(link, visitor, t0.plusSeconds(11)),
                "forgotten, so counted as unique again");
    }

    @Test
    void manyVisitorsWithinTheMemoryAreAllRemembered() {
        // A fixed link and visitors: with random ones, about one run in 80 would fill some set past
        // its
        // eight slots often enough to forget more than ten.
        var random = new java.util.Random(20261129);
        UUID fixedLink = new UUID(random.nextLong(), random.nextLong());
        var visitors =
                java.util.stream.IntStream.range(0, 500)
                        .mapToObj(i -> new UUID(random.nextLong(), random.nextLong()))
                        .toList();
        visitors.forEach(v -> assertTrue(unique.record(fixedLink, v, t0)));

        long remembered =
                visitors.stream()
                        .filter(v -> !unique.record(fixedLink, v, t0.plusSeconds(60)))
                        .count();
        assertTrue(remembered >= 490, "remembered " + remembered + " of 500 in room for 1000");
    }
}
