package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.proto.common.v1.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * `first`/`after` of a connection as the services' page request; the services cap the size and
 * check the cursor.
 */
final class Pages {

    private Pages() {}

    static PageRequest of(int first, String after) {
        return PageRequest.newBuilder()
                .setPageSize(first)
                .setCursor(after == null ? "" : after)
                .build();
    }

    /**
     * Every item of a list a resolver needs whole (a creator's memberships, links, codes, posts:
     * short in practice), read in the largest pages the services give, at most {@code maxPages} of
     * them: one call while the list fits one page.
     *
     * @param read one page's call
     * @param items the page's items
     * @param nextCursor the page's next cursor, empty after the last page
     */
    static <P, T> Uni<List<T>> all(
            Function<PageRequest, Uni<P>> read,
            Function<P, List<T>> items,
            Function<P, String> nextCursor,
            int maxPages) {
        return from("", new ArrayList<>(), maxPages, read, items, nextCursor);
    }

    private static <P, T> Uni<List<T>> from(
            String cursor,
            List<T> sofar,
            int pagesLeft,
            Function<PageRequest, Uni<P>> read,
            Function<P, List<T>> items,
            Function<P, String> nextCursor) {
        return read.apply(of(PageCursor.MAX_PAGE_SIZE, cursor))
                .flatMap(
                        page -> {
                            sofar.addAll(items.apply(page));
                            String next = nextCursor.apply(page);
                            if (next.isEmpty() || pagesLeft <= 1) {
                                return Uni.createFrom().item(sofar);
                            }
                            return from(next, sofar, pagesLeft - 1, read, items, nextCursor);
                        });
    }
}
