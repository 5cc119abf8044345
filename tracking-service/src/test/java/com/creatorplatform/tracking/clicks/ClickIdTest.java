package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClickIdTest {

    @Test
    void clickIdsAreVersion7UuidsOrderedByTheirMillisecond() {
        UUID earlier = RedirectRoute.newClickId(1_763_900_000_000L);
        UUID later = RedirectRoute.newClickId(1_763_900_000_001L);

        assertEquals(7, earlier.version());
        assertEquals(2, earlier.variant());
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, "text order follows time");
        assertEquals(1_763_900_000_000L, earlier.getMostSignificantBits() >>> 16);
    }

    @Test
    void clickIdsOfTheSameMillisecondDiffer() {
        assertNotEquals(RedirectRoute.newClickId(5L), RedirectRoute.newClickId(5L));
    }
}
