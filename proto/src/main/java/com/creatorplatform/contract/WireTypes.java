package com.creatorplatform.contract;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/**
 * Conversions between wire representations (Timestamp, ISO date and currency strings) and Java
 * types.
 */
public final class WireTypes {

    private WireTypes() {}

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder()
                .setSeconds(instant.getEpochSecond())
                .setNanos(instant.getNano())
                .build();
    }

    public static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    /** An ISO date "YYYY-MM-DD"; empty means absent (null). */
    public static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.invalidArgument(
                    field + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** An ISO 4217 currency code, normalised. */
    public static String currency(String field, String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.trim()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArgument(
                    field + " must be an ISO 4217 currency code, got '" + code + "'");
        }
    }
}
