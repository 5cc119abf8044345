package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

    private static final Instant AT = Instant.parse("2026-12-06T21:30:00.123Z");

    @Test
    void idsAreVersionSevenWithTheMillisecondFirst() {
        UUID id = TimeOrderedUuid.at(AT);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(AT.toEpochMilli(), id.getMostSignificantBits() >>> 16);
        assertNotEquals(
                id, TimeOrderedUuid.at(AT), "74 random bits tell ids of one millisecond apart");
    }

    @Test
    void aLaterIdSortsAfterAsPostgresqlComparesThem() {
        // PostgreSQL orders uuids by their bytes, as their text sorts.
        for (int i = 0; i < 1_000; i++) {
            String earlier = TimeOrderedUuid.at(AT).toString();
            String later = TimeOrderedUuid.at(AT.plusMillis(1 + i)).toString();
            assertTrue(earlier.compareTo(later) < 0, earlier + " then " + later);
        }
    }
}
