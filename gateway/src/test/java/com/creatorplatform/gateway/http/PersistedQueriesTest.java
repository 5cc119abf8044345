package com.creatorplatform.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The store of persisted queries: bounded by documents and characters, least recently used out. */
class PersistedQueriesTest {

    private static void store(PersistedQueries store, String document) {
        store.store(PersistedQueries.sha256(document), document);
    }

    private static String find(PersistedQueries store, String document) {
        return store.find(PersistedQueries.sha256(document));
    }

    @Test
    void theHashIsTheHexSha256OfTheDocumentsUtf8() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                PersistedQueries.sha256(""));
    }

    @Test
    void beyondItsDocumentsTheLeastRecentlyUsedIsGivenUp() {
        var store = new PersistedQueries(2, 1_000);
        store(store, "{ a }");
        store(store, "{ b }");
        assertEquals("{ a }", find(store, "{ a }")); // a used: b is now the least recent
        store(store, "{ c }");
        assertEquals(2, store.size());
        assertEquals("{ a }", find(store, "{ a }"));
        assertNull(find(store, "{ b }"));
        assertEquals("{ c }", find(store, "{ c }"));
    }

    @Test
    void beyondItsCharactersDocumentsAreGivenUpAndTooLargeOnesNeverKept() {
        var store = new PersistedQueries(100, 12);
        store(store, "{ aaa }");
        store(store, "{ bbb }"); // 14 characters in all: the first goes
        assertNull(find(store, "{ aaa }"));
        assertEquals("{ bbb }", find(store, "{ bbb }"));
        store(store, "{ a much longer document }");
        assertNull(find(store, "{ a much longer document }"));
        assertEquals("{ bbb }", find(store, "{ bbb }"));
    }
}
