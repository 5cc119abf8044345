package com.creatorplatform.gateway.export;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.proto.common.v1.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** What one kind of export reads, page after page, and the rows it makes of it. */
interface ExportTable {

    List<String> header();

    /** Reads the pages in turn and hands on each row as soon as its page has come. */
    void write(RowSink rows);

    /**
     * Reads a cursor-paged list to its end, pages of the most a service gives, each used before the
     * next is asked for.
     */
    static <P> void eachPage(
            Function<PageRequest, Uni<P>> read, Function<P, String> nextCursor, Consumer<P> use) {
        String cursor = "";
        do {
            P page =
                    read.apply(
                                    PageRequest.newBuilder()
                                            .setPageSize(PageCursor.MAX_PAGE_SIZE)
                                            .setCursor(cursor)
                                            .build())
                            .await()
                            .indefinitely();
            use.accept(page);
            cursor = nextCursor.apply(page);
        } while (!cursor.isEmpty());
    }

    /** Where rows go: the file being written. */
    interface RowSink {
        void row(List<?> cells);
    }
}
