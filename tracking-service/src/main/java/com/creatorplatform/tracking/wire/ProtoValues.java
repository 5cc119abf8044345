package com.creatorplatform.tracking.wire;

import com.creatorplatform.contract.Page;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.PageInfo;

/**
 * Values every feature's mapping writes the same way on the wire (the contract's own conversions
 * are in WireTypes).
 */
public final class ProtoValues {

    private ProtoValues() {}

    public static Money money(long amountMinor, String currency) {
        return Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency).build();
    }

    /** Where a page ends: the next page's cursor, empty after the last. */
    public static PageInfo pageInfo(Page<?> page) {
        return PageInfo.newBuilder().setNextCursor(text(page.nextCursor())).build();
    }

    /** An optional value (an id, a name) as a proto3 string: absent is empty. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
