package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlArraysTest {

    record Row(String name, Long amount) {}

    @Test
    void aColumnHoldsEachRowsValueInTheRowsOrderNullsIncluded() {
        var rows = List.of(new Row("b", 2L), new Row("a", null), new Row(null, 1L));

        assertArrayEquals(
                new String[] {"b", "a", null}, SqlArrays.column(rows, Row::name, String[]::new));
        assertArrayEquals(
                new Long[] {2L, null, 1L}, SqlArrays.column(rows, Row::amount, Long[]::new));
    }
}
