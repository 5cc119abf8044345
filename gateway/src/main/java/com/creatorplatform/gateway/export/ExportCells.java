package com.creatorplatform.gateway.export;

import com.creatorplatform.gateway.schema.Money;
import java.util.Arrays;
import java.util.List;

/** Cells as the CSV holds them: nothing as an empty cell, money as its decimal string. */
final class ExportCells {

    private ExportCells() {}

    static List<Object> of(Object... cells) {
        return Arrays.stream(cells).map(c -> c == null ? "" : (Object) c).toList();
    }

    /** The amount in major units ("12.50"); its currency has a column of its own. */
    static String amount(Money money) {
        return money == null ? null : money.amount();
    }
}
