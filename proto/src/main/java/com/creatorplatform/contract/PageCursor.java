package com.creatorplatform.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset position of the last row of a page, newest-first lists ordered by (createdAt, id). The
 * cursor is opaque to callers; a tampered one is INVALID_ARGUMENT, never a wrong page.
 */
public record PageCursor(Instant createdAt, UUID id) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public String encode() {
        String raw = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page (empty cursor). */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                            .split(":", 3);
            return new PageCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ApiError.invalidArgument("cursor is not one this service issued");
        }
    }

    /** The page size to use: 0 means the default; anything outside 1..MAX is refused. */
    public static int pageSize(int requested) {
        if (requested == 0) {
            return DEFAULT_PAGE_SIZE;
        }
        if (requested < 0 || requested > MAX_PAGE_SIZE) {
            throw ApiError.invalidArgument(
                    "page size must be between 1 and " + MAX_PAGE_SIZE + ", got " + requested);
        }
        return requested;
    }
}
