package com.creatorplatform.tracking.orders;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.creatorplatform.tracking.domain.attribution.Click;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The clicks attribution looks at: those of the order's visitor on any link of the brand (a click's
 * brand, campaign, creator, post and platform are its link's).
 */
@ApplicationScoped
public class ClickHistory {

    /** Enough history for any window; the engine only needs the latest before the order. */
    private static final int LIMIT = 100;

    private final Pool db;

    ClickHistory(Pool db) {
        this.db = db;
    }

    /**
     * The visitor's latest clicks at or before the order, and their first clicks after it (up to
     * {@link #LIMIT} each): those attribute nothing, but the reason says the visitor's clicks came
     * too late, not that there were none. The visitor is known by the click id the shop passed on;
     * an unknown or foreign click id means no history.
     */
    public Uni<List<Click>> ofVisitorBehind(UUID brandId, UUID clickId, Instant orderedAt) {
        if (clickId == null) {
            return Uni.createFrom().item(List.of());
        }
        // The click id is looked up once for both sides; each side reads the visitor's index up to
        // its limit.
        return db.preparedQuery(
                        """
                        with visitor as materialized (select k.visitor_id from click k join tracking_link kl on kl.id = k.link_id
                                                      where k.id = $2 and kl.brand_id = $1 limit 1),
                             seen as not materialized (
                                 select c.id, c.link_id, l.creator_id, l.campaign_id, l.post_id, l.platform, c.clicked_at, c.is_bot,
                                        c.campaign_status
                                 from click c join tracking_link l on l.id = c.link_id
                                 where l.brand_id = $1 and c.visitor_id = (select visitor_id from visitor))
                        (select * from seen where clicked_at <= $3 order by clicked_at desc limit $4)
                        union all
                        (select * from seen where clicked_at > $3 order by clicked_at limit $4)""")
                .execute(Tuple.of(brandId, clickId, orderedAt.atOffset(ZoneOffset.UTC), LIMIT))
                .map(
                        rows -> {
                            var clicks = new ArrayList<Click>();
                            for (Row row : rows) {
                                clicks.add(
                                        new Click(
                                                row.getUUID("id"),
                                                row.getUUID("link_id"),
                                                row.getUUID("creator_id"),
                                                row.getUUID("campaign_id"),
                                                row.getUUID("post_id"),
                                                row.getString("platform"),
                                                row.getOffsetDateTime("clicked_at").toInstant(),
                                                row.getBoolean("is_bot"),
                                                CampaignStatus.valueOf(
                                                        row.getString("campaign_status"))));
                            }
                            return clicks;
                        });
    }
}
