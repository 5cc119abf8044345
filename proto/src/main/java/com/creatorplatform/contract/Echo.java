package com.creatorplatform.contract;

/**
 * A caller's value as an error message repeats it: whole when short, cut otherwise, so that a
 * hostile 10,000-character id cannot push a gRPC status past what its trailer may carry (then the
 * call would end INTERNAL instead of with its refusal).
 */
public final class Echo {

    /** Longer than any id, code or name the contracts take. */
    static final int MAX = 64;

    private Echo() {}

    public static String of(String value) {
        return value == null || value.length() <= MAX
                ? value
                : value.substring(0, MAX) + "... (" + value.length() + " characters)";
    }
}
