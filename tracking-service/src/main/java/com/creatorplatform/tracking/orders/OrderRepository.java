package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.tracking.reports.ReportFilter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<CustomerOrder, UUID> {

    /** Orders of a report's filter, newest first (by order time), after the cursor's order. */
    public Uni<List<CustomerOrder>> newestFirst(ReportFilter filter, PageCursor after, int limit) {
        var query =
                new StringBuilder("brandId = :brand and orderedAt >= :start and orderedAt < :end");
        var params =
                Parameters.with("brand", filter.brandId())
                        .and("start", filter.start())
                        .and("end", filter.end());
        if (!filter.campaignIds().isEmpty()) {
            query.append(" and campaignId in :campaigns");
            params.and("campaigns", filter.campaignIds());
        }
        if (!filter.creatorIds().isEmpty()) {
            query.append(" and creatorId in :creators");
            params.and("creators", filter.creatorIds());
        }
        if (!filter.postIds().isEmpty()) {
            query.append(" and postId in :posts");
            params.and("posts", filter.postIds());
        }
        if (!filter.platforms().isEmpty()) {
            query.append(" and platform in :platforms");
            params.and("platforms", filter.platforms());
        }
        if (after != null) {
            query.append(" and (orderedAt < :at or (orderedAt = :at and id < :id))");
            params.and("at", after.createdAt()).and("id", after.id());
        }
        return find(query.append(" order by orderedAt desc, id desc").toString(), params)
                .range(0, limit - 1)
                .list();
    }
}
