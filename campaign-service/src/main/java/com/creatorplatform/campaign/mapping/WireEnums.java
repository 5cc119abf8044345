package com.creatorplatform.campaign.mapping;

import com.creatorplatform.contract.ApiError;
import java.util.Arrays;

/**
 * Wire enums are the domain's constants with a prefix ({@code CAMPAIGN_STATUS_ACTIVE} is
 * {@code ACTIVE}) plus {@code *_UNSPECIFIED} and protobuf's {@code UNRECOGNIZED}.
 */
final class WireEnums {

    private WireEnums() {
    }

    /** The domain constant; UNSPECIFIED or an unknown number is INVALID_ARGUMENT naming the choices. */
    static <E extends Enum<E>> E required(String field, Class<E> type, String prefix, Enum<?> wire) {
        E value = optional(field, type, prefix, wire);
        if (value == null) {
            throw ApiError.invalidArgument(field + " is required: one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** The domain constant, or null for UNSPECIFIED (the caller's default applies). */
    static <E extends Enum<E>> E optional(String field, Class<E> type, String prefix, Enum<?> wire) {
        String name = wire.name();
        if (name.equals(prefix + "UNSPECIFIED")) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (name.equals(prefix + constant.name())) {
                return constant;
            }
        }
        throw ApiError.invalidArgument(field + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", got " + name);
    }

    static <W extends Enum<W>> W toWire(Class<W> type, String prefix, Enum<?> domain) {
        return Enum.valueOf(type, prefix + domain.name());
    }
}
