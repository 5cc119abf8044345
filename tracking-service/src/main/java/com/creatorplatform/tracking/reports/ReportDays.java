package com.creatorplatform.tracking.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Which day a click, an order or a refund belongs to in reports: the calendar day, in the brand's
 * time zone, of the instant it happened (ADR 0066). A day runs from local midnight to the next
 * local midnight, so a day of a daylight-saving change lasts 23 or 25 hours. The rollups are keyed
 * by these days, and a report's date range covers exactly them.
 */
public final class ReportDays {

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private ReportDays() {}

    /** The brand-local day of {@code at}. */
    public static LocalDate dayOf(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The brand-local day of an instant given in microseconds since the epoch (a click's). */
    public static LocalDate dayOfMicros(long epochMicros, ZoneId zone) {
        long seconds = Math.floorDiv(epochMicros, MICROS_PER_SECOND);
        ZoneOffset offset = zone.getRules().getOffset(Instant.ofEpochSecond(seconds));
        return LocalDate.ofEpochDay(Math.floorDiv(seconds + offset.getTotalSeconds(), 86_400L));
    }

    /**
     * The first instant of the brand-local {@code day}: its midnight, or the first moment after it
     * where a daylight-saving change skips midnight.
     */
    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
