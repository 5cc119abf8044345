package com.creatorplatform.tracking.clicks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides which clicks of a batch are unique, in the transaction that stores the batch: a human
 * click is unique when it is its visitor's first on the link within its clock hour (UTC), counting
 * the clicks every replica has stored. The batch claims one {@code unique_click} row per (hour,
 * link, visitor) it holds; the claims another replica's writer committed first are refused by the
 * primary key (ON CONFLICT DO NOTHING), and a claim still being inserted by another writer waits
 * for its transaction. So uniqueness costs the database one index insert per new pair, and the
 * redirect nothing (ADR 0070).
 *
 * <p>Fixed hours rather than the hour before each click: a click's hour does not depend on which
 * clicks were stored before it, so two replicas, or a backlog stored after a database outage, count
 * the same unique clicks in whatever order their batches land. Bots' clicks are never unique.
 */
final class UniqueClicks {

    private static final long HOUR_MICROS = 3_600_000_000L;

    // Claims in key order, so that two writers claiming the same pairs cannot deadlock.
    private static final String CLAIM =
            """
            insert into unique_click (clicked_hour, link_id, visitor_id)
            select to_timestamp(hour * 3600), link, visitor from unnest(?::bigint[], ?::uuid[], ?::uuid[]) as c(hour, link, visitor)
            order by 1, 2, 3
            on conflict do nothing
            returning extract(epoch from clicked_hour)::bigint / 3600, link_id, visitor_id""";

    // Longer than any click waits in a writer's queue (its backlog is bounded), so no late click
    // finds its hour's claim forgotten.
    static final String FORGET_OLD_CLAIMS =
            "delete from unique_click where clicked_hour < now() - interval '2 days'";

    private record Pair(long hour, UUID linkId, UUID visitorId) {

        static Pair of(Click click) {
            return new Pair(
                    Math.floorDiv(click.epochMicros(), HOUR_MICROS),
                    click.link().linkId(),
                    click.visitorId());
        }
    }

    private UniqueClicks() {}

    /** Marks each click unique or not; the claims commit or roll back with the batch. */
    static void decide(Connection connection, List<Click> clicks) throws SQLException {
        Map<Pair, Click> firsts = new HashMap<>();
        for (Click click : clicks) {
            click.unique(false); // a retried batch decides again
            if (!click.bot()) {
                firsts.merge(
                        Pair.of(click),
                        click,
                        (a, b) -> a.epochMicros() <= b.epochMicros() ? a : b);
            }
        }
        if (firsts.isEmpty()) {
            return;
        }
        var hours = new Long[firsts.size()];
        var links = new UUID[firsts.size()];
        var visitors = new UUID[firsts.size()];
        int i = 0;
        for (Pair pair : firsts.keySet()) {
            hours[i] = pair.hour();
            links[i] = pair.linkId();
            visitors[i++] = pair.visitorId();
        }
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setArray(1, connection.createArrayOf("bigint", hours));
            claim.setArray(2, connection.createArrayOf("uuid", links));
            claim.setArray(3, connection.createArrayOf("uuid", visitors));
            try (ResultSet claimed = claim.executeQuery()) {
                while (claimed.next()) {
                    firsts.get(
                                    new Pair(
                                            claimed.getLong(1),
                                            claimed.getObject(2, UUID.class),
                                            claimed.getObject(3, UUID.class)))
                            .unique(true);
                }
            }
        }
    }
}
