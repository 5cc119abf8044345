package com.creatorplatform.tracking.wire;

import com.creatorplatform.proto.common.v1.Money;

/**
 * Values every feature's mapping writes the same way on the wire (the contract's own conversions
 * are in WireTypes).
 */
public final class ProtoValues {

    private ProtoValues() {}

    public static Money money(long amountMinor, String currency) {
        return Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency).build();
    }

    /** An optional value (an id, a name) as a proto3 string: absent is empty. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
