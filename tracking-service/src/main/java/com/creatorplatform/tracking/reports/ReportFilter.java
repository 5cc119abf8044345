package com.creatorplatform.tracking.reports;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Which clicks and orders a report covers: one brand, an inclusive range of days in the brand's
 * time zone (see {@link ReportDays}) and optional campaign, creator and post ids and platform names
 * (an empty list means all, the unknown platform included). A null zone is UTC.
 */
public record ReportFilter(
        UUID brandId,
        LocalDate from,
        LocalDate to,
        List<UUID> campaignIds,
        List<UUID> creatorIds,
        List<UUID> postIds,
        List<String> platforms,
        ZoneId zone) {

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
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    /** The same filter, its days counted in {@code zone}. */
    public ReportFilter inZone(ZoneId zone) {
        return new ReportFilter(
                brandId, from, to, campaignIds, creatorIds, postIds, platforms, zone);
    }

    /** The brand-local midnight that starts the range. */
    public Instant start() {
        return ReportDays.startOf(from, zone);
    }

    /** The first instant after the range: the brand-local midnight after its last day. */
    public Instant end() {
        return ReportDays.startOf(to.plusDays(1), zone);
    }
}
