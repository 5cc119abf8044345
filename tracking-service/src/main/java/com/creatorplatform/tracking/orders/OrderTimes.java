package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import java.time.Duration;
import java.time.Instant;

/**
 * The times a shop reports for an order, held to the platform's clock (SPEC: "order and completion
 * times from outside are bounded"). Both may run up to {@link #CLOCK_SKEW} ahead of now (a shop's
 * clock may be a little fast), never further: a future order would wait in reports and attribution
 * windows ahead of its time. Both may lie up to {@link #LATE_REPORT} in the past, no further, so
 * that a shop catching up after an outage is believed while nobody slips orders into long-closed
 * reports and payout months. A completion never comes before its order. A completion reported late
 * keeps its date, but not the hold it would shorten: payout-service counts the hold from when
 * tracking recorded it (payout.v1 {@code OrderEvent.recorded_at}).
 */
public final class OrderTimes {

    /**
     * As far as a reported time may run ahead of now: the webhook's tolerance for its timestamp
     * too.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** As far back as an order may be reported: the default attribution window and hold. */
    public static final Duration LATE_REPORT = Duration.ofDays(30);

    private OrderTimes() {}

    /** The order time, when it is within reach of now. */
    public static Instant ordered(Instant orderedAt, Instant now) {
        return withinReach("ordered_at", orderedAt, now);
    }

    /** The completion time, when it is within reach of now and not before the order. */
    public static Instant completed(Instant completedAt, Instant orderedAt, Instant now) {
        if (completedAt.isBefore(orderedAt)) {
            throw ApiError.invalidArgument(
                    "completed_at is before ordered_at (" + orderedAt + "), got " + completedAt);
        }
        return withinReach("completed_at", completedAt, now);
    }

    private static Instant withinReach(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiError.invalidArgument(
                    field
                            + " is more than "
                            + CLOCK_SKEW.toMinutes()
                            + " minutes in the future, got "
                            + at);
        }
        if (at.isBefore(now.minus(LATE_REPORT))) {
            throw ApiError.invalidArgument(
                    field
                            + " is more than "
                            + LATE_REPORT.toDays()
                            + " days in the past, got "
                            + at);
        }
        return at;
    }
}
