package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;

/** Checks of free-text request fields, named by field. */
public final class Fields {

    private Fields() {}

    /** The value trimmed, or INVALID_ARGUMENT when blank. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalidArgument(field + " is required");
        }
        return value.trim();
    }
}
