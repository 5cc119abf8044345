package com.creatorplatform.contract;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a newest-first list and the cursor of the next page (null at the end). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Cuts rows fetched as {@code size + 1} (the extra row only tells that more follow) into a page
     * whose cursor points at its last row.
     */
    public static <T> Page<T> of(
            List<T> rows, int size, Function<T, Instant> createdAt, Function<T, UUID> id) {
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        var items = rows.subList(0, size);
        var last = items.get(size - 1);
        return new Page<>(items, new PageCursor(createdAt.apply(last), id.apply(last)).encode());
    }
}
