package com.creatorplatform.contract;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Rows as one array per column, the parameters of a statement that writes a whole batch with {@code
 * unnest($1::uuid[], $2::text[], …)} instead of an execution per row.
 */
public final class SqlArrays {

    private SqlArrays() {}

    /** The column {@code value} of every row, in the rows' order. */
    public static <R, C> C[] column(
            Collection<R> rows, Function<? super R, ? extends C> value, IntFunction<C[]> array) {
        return rows.stream().map(value).toArray(array);
    }
}
