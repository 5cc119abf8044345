package com.creatorplatform.tracking.domain.attribution;

/** Argument checks of this package: a missing value is a programming error of the caller. */
final class Checks {

    private Checks() {}

    static void required(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
