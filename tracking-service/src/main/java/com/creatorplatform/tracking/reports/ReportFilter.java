package com.creatorplatform.tracking.reports;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Which clicks and orders a report covers: one brand, an inclusive range of UTC days and optional
 * campaign, creator and post ids and platform names (an empty list means all, the unknown platform
 * included).
 */
public record ReportFilter(
        UUID brandId,
        LocalDate from,
        LocalDate to,
        List<UUID> campaignIds,
        List<UUID> creatorIds,
        List<UUID> postIds,
        List<String> platforms) {

    /** A year, leap day included: longer ranges belong to an export, not to an rpc. */
    public static final int MAX_DAYS = 366;

    public ReportFilter {
        if (from == null || to == null) {
            throw ApiError.invalidArgument("dates.from and dates.to are required");
        }
        if (from.isAfter(to)) {
            throw ApiError.invalidArgument("dates.from " + from + " is after dates.to " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw ApiError.invalidArgument(
                    "dates cover " + days + " days; at most " + MAX_DAYS + " are allowed");
        }
        campaignIds = List.copyOf(campaignIds);
        creatorIds = List.copyOf(creatorIds);
        postIds = List.copyOf(postIds);
        platforms = List.copyOf(platforms);
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
