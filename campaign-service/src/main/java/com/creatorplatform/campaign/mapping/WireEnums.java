package com.creatorplatform.campaign.mapping;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.EnumNames;
import java.util.Arrays;

/**
 * Wire enums read from requests, where UNSPECIFIED and unknown numbers are the caller's mistakes.
 */
final class WireEnums {

    private WireEnums() {}

    /**
     * The domain constant; UNSPECIFIED or an unknown number is INVALID_ARGUMENT naming the choices.
     */
    static <E extends Enum<E>> E required(
            String field, Class<E> type, String prefix, Enum<?> wire) {
        E value = optional(field, type, prefix, wire);
        if (value == null) {
            throw ApiError.invalidArgument(
                    field + " is required: one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** The domain constant, or null for UNSPECIFIED (the caller's default applies). */
    static <E extends Enum<E>> E optional(
            String field, Class<E> type, String prefix, Enum<?> wire) {
        E value = EnumNames.fromWire(type, prefix, wire);
        if (value == null && !wire.name().equals(prefix + "UNSPECIFIED")) {
            throw ApiError.invalidArgument(
                    field
                            + " must be one of "
                            + Arrays.toString(type.getEnumConstants())
                            + ", got "
                            + wire.name());
        }
        return value;
    }
}
