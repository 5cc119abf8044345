package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.proto.common.v1.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The inclusive range of UTC days that figures cover.")
public record Period(@NonNull LocalDate from, @NonNull LocalDate to) {

    /** A year, leap day included: the longest range the tracking reports answer. */
    public static final int MAX_DAYS = 366;

    /**
     * The range asked for; a missing end defaults to the campaign's: its start, and its end or
     * today, whichever comes first. Nothing asked: the campaign's days so far.
     */
    public static Period of(
            LocalDate from,
            LocalDate to,
            LocalDate campaignStart,
            LocalDate campaignEnd,
            LocalDate today) {
        if (from == null && to == null) {
            return soFar(campaignStart, campaignEnd, today);
        }
        LocalDate start = from != null ? from : campaignStart;
        LocalDate end = to != null ? to : soFar(start, campaignEnd, today).to();
        if (start.isAfter(end)) {
            throw new ApiGraphQLError.InvalidArgument("from " + start + " is after to " + end);
        }
        if (days(start, end) > MAX_DAYS) {
            throw new ApiGraphQLError.InvalidArgument(
                    "from "
                            + start
                            + " to "
                            + end
                            + " covers "
                            + days(start, end)
                            + " days; at most "
                            + MAX_DAYS
                            + " are allowed");
        }
        return new Period(start, end);
    }

    /**
     * The days from start to end (open-ended: null) that have happened by today, at least the first
     * one and at most the last year of them.
     */
    public static Period soFar(LocalDate start, LocalDate end, LocalDate today) {
        LocalDate last = end == null || end.isAfter(today) ? today : end;
        if (last.isBefore(start)) {
            last = start;
        }
        return new Period(
                days(start, last) > MAX_DAYS ? last.minusDays(MAX_DAYS - 1) : start, last);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public DateRange toProto() {
        return DateRange.newBuilder()
                .setFrom(WireTypes.date(from))
                .setTo(WireTypes.date(to))
                .build();
    }

    private static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
