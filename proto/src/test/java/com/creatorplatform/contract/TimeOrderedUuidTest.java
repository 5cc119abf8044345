package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ids of clicks, orders and ledger entries. */
class TimeOrderedUuidTest {

    private static final long AT = 1_763_900_000_000L;

    @Test
    void idsAreVersion7UuidsOrderedByTheirMillisecond() {
        UUID earlier = TimeOrderedUuid.at(AT);
        UUID later = TimeOrderedUuid.at(AT + 1);

        assertEquals(7, earlier.version());
        assertEquals(2, earlier.variant());
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, "text order follows time");
        assertEquals(AT, earlier.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        assertNotEquals(TimeOrderedUuid.at(5L), TimeOrderedUuid.at(5L));
        assertNotEquals(
                TimeOrderedUuid.at(AT),
                TimeOrderedUuid.at(AT),
                "74 random bits tell ids of one millisecond apart");
    }

    @Test
    void aLaterIdSortsAfterAsPostgresqlComparesThem() {
        // PostgreSQL orders uuids by their bytes, as their text sorts.
        for (int i = 0; i < 1_000; i++) {
            String earlier = TimeOrderedUuid.at(AT).toString();
            String later = TimeOrderedUuid.at(AT + 1 + i).toString();
            assertTrue(earlier.compareTo(later) < 0, earlier + " then " + later);
        }
    }
}
