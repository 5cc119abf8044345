package com.creatorplatform.tracking.reports;

import com.creatorplatform.contract.ApiError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/** Use cases of reports: figures from the rollups, grouped as asked or per creator or post. */
@ApplicationScoped
public class Reports {

    /** The figures of one asked creator or post. */
    public record Performance(UUID id, ReportRow figures) {}

    private final ReportReader reader;

    Reports(ReportReader reader) {
        this.reader = reader;
    }

    public Uni<List<ReportRow>> report(ReportFilter filter, List<Dimension> groupBy) {
        return reader.rows(filter, groupBy.stream().distinct().toList());
    }

    /**
     * One answer per creator (or post) of the filter, in the order asked, from one query however
     * many ids; an id without activity answers zeros. No ids answer nothing (not everything).
     */
    public Uni<List<Performance>> performance(ReportFilter filter, Dimension per) {
        List<UUID> ids = per == Dimension.CREATOR ? filter.creatorIds() : filter.postIds();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return reader.rows(filter, List.of(per))
                .map(
                        rows -> {
                            var byId = new HashMap<UUID, ReportRow>();
                            for (ReportRow row : rows) {
                                UUID id = per == Dimension.CREATOR ? row.creatorId() : row.postId();
                                if (byId.put(id, row) != null) {
                                    throw ApiError.failedPrecondition(
                                            per.name().toLowerCase()
                                                    + " "
                                                    + id
                                                    + " has orders in several currencies; GetReport answers a row per currency");
                                }
                            }
                            return ids.stream()
                                    .map(
                                            id ->
                                                    new Performance(
                                                            id,
                                                            byId.getOrDefault(
                                                                    id, ReportRow.nothing())))
                                    .toList();
                        });
    }
}
