package com.creatorplatform.tracking.support;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Clicks as the batch writer stored them (the redirect answers before they are written). */
public final class StoredClicks {

    private StoredClicks() {}

    /**
     * The link's stored clicks, oldest first, with the link's brand, campaign, creator, post and
     * platform and the user agent's text (which a click is stored without), once at least {@code
     * expected} of them are stored.
     */
    public static List<Row> of(Pool db, String linkId, int expected) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var rows = new ArrayList<Row>();
            db.preparedQuery(
                            "select c.*, l.brand_id, l.campaign_id, l.creator_id, l.post_id, l.platform, a.text as user_agent"
                                    + " from click c join tracking_link l on l.id = c.link_id left join user_agent a on a.id = c.user_agent_id"
                                    + " where c.link_id = $1 order by c.clicked_at")
                    .execute(Tuple.of(UUID.fromString(linkId)))
                    .await()
                    .indefinitely()
                    .forEach(rows::add);
            if (rows.size() >= expected) {
                return rows;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("clicks of link " + linkId + " were not stored");
    }
}
