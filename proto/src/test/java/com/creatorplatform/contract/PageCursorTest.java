package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorDecodesToThePositionItWasMadeFrom() {
        var position =
                new PageCursor(Instant.parse("2026-11-23T10:15:30.123456Z"), UUID.randomUUID());
        assertEquals(position, PageCursor.decode(position.encode()));
    }

    @Test
    void anEmptyCursorMeansTheFirstPage() {
        assertNull(PageCursor.decode(""));
    }

    @Test
    void aTamperedCursorIsTheCallersMistake() {
        var error = assertThrows(ApiError.class, () -> PageCursor.decode("not-a-cursor"));
        assertEquals(ApiError.Code.INVALID_ARGUMENT, error.code());
    }

    @Test
    void pageSizeDefaultsAndIsCapped() {
        assertEquals(PageCursor.DEFAULT_PAGE_SIZE, PageCursor.pageSize(0));
        assertEquals(7, PageCursor.pageSize(7));
        assertThrows(ApiError.class, () -> PageCursor.pageSize(PageCursor.MAX_PAGE_SIZE + 1));
        assertThrows(ApiError.class, () -> PageCursor.pageSize(-1));
    }

    @Test
    void batchIdsAreDeduplicatedInOrderAndMalformedOnesNamed() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        assertEquals(
                List.of(a, b),
                Ids.parseBatch("ids", List.of(a.toString(), b.toString(), a.toString())));
        var error = assertThrows(ApiError.class, () -> Ids.parseBatch("ids", List.of("nope")));
        assertEquals("ids must be a UUID, got 'nope'", error.getMessage());
    }
}
