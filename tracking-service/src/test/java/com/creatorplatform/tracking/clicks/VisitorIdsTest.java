package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VisitorIdsTest {

    @Test
    void visitorIdsOfOneMillisecondDifferInTheirRandomBits() {
        var ids = new HashSet<UUID>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(VisitorIds.next(1_763_900_000_000L)));

        assertEquals(10_000, ids.size());
        ids.forEach(
                id -> {
                    assertEquals(7, id.version());
                    assertEquals(2, id.variant());
                    assertEquals(1_763_900_000_000L, id.getMostSignificantBits() >>> 16);
                });
    }

    @Test
    void laterVisitorsSortAfterEarlierOnes() {
        assertTrue(
                VisitorIds.next(1_763_900_000_000L)
                                .toString()
                                .compareTo(VisitorIds.next(1_763_900_000_001L).toString())
                        < 0);
    }
}
