package com.creatorplatform.tracking.support;

import static org.awaitility.Awaitility.await;

import com.creatorplatform.contract.testing.ServiceProcess;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Clicks as the batch writer stored them (the redirect answers before they are written). */
public final class StoredClicks {

    private StoredClicks() {}

    /**
     * How many clicks of the link the test database holds, read over JDBC (for tests of the
     * packaged service, which run no Quarkus app of their own).
     */
    public static long count(String linkId) throws SQLException {
        String url =
                "jdbc:postgresql://"
                        + ServiceProcess.env("PG_HOST", "127.0.0.1")
                        + ":"
                        + ServiceProcess.env("PG_PORT", "55433")
                        + "/tracking";
        try (var connection =
                        DriverManager.getConnection(
                                url, ServiceProcess.env("PG_USER", "platform"), "");
                var statement =
                        connection.prepareStatement(
                                "select count(*) from click where link_id = ?")) {
            statement.setObject(1, UUID.fromString(linkId));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * The link's stored clicks, oldest first, with the link's brand, campaign, creator, post and
     * platform and the user agent's text (which a click is stored without), once at least {@code
     * expected} of them are stored.
     */
    public static List<Row> of(Pool db, String linkId, int expected) {
        return await("clicks of link " + linkId + " stored")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> read(db, linkId), rows -> rows.size() >= expected);
    }

    private static List<Row> read(Pool db, String linkId) {
        var rows = new ArrayList<Row>();
        db.preparedQuery(
                        "select c.*, l.brand_id, l.campaign_id, l.creator_id, l.post_id, l.platform, a.text as user_agent"
                                + " from click c join tracking_link l on l.id = c.link_id left join user_agent a on a.id = c.user_agent_id"
                                + " where c.link_id = $1 order by c.clicked_at")
                .execute(Tuple.of(UUID.fromString(linkId)))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }
}
