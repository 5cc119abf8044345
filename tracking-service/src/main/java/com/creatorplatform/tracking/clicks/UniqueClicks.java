package com.creatorplatform.tracking.clicks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides which clicks of a batch are unique, in the transaction that stores the batch: a human
 * click is unique when its visitor made no other click on the link in the hour before it (SPEC:
 * "first click of that visitor on that link within 1 hour"), counting the clicks every replica has
 * stored. {@code unique_click} keeps each (link, visitor)'s latest stored click; the batch upserts
 * its pairs in one statement, which returns the latest click stored before it. The upsert locks
 * each pair's row, so a pair another replica's writer is storing waits for that transaction and
 * then sees its click: uniqueness costs the database one row write per pair and batch, and the
 * redirect nothing (ADR 0070). Bots' clicks are never unique and are not remembered.
 */
final class UniqueClicks {

    static final long WINDOW_MICROS = 3_600_000_000L;

    // Pairs in key order, so that two writers upserting the same pairs cannot deadlock.
    private static final String REMEMBER =
            """
            insert into unique_click (link_id, visitor_id, last_click_at)
            select link, visitor, last_at from unnest(?::uuid[], ?::uuid[], ?::timestamptz[]) as c(link, visitor, last_at)
            order by 1, 2
            on conflict (link_id, visitor_id) do update
                set last_click_at = greatest(unique_click.last_click_at, excluded.last_click_at),
                    previous_click_at = unique_click.last_click_at
            returning link_id, visitor_id, previous_click_at""";

    // Longer than any click waits in a writer's queue (its backlog is bounded), so no late click
    // finds its visitor's last click forgotten.
    static final String FORGET_OLD_CLAIMS =
            "delete from unique_click where last_click_at < now() - interval '2 days'";

    private record Pair(UUID linkId, UUID visitorId) {

        static Pair of(Click click) {
            return new Pair(click.link().linkId(), click.visitorId());
        }
    }

    private UniqueClicks() {}

    /** Marks each click unique or not; what it remembers commits or rolls back with the batch. */
    static void decide(Connection connection, List<Click> clicks) throws SQLException {
        Map<Pair, List<Click>> byPair = new HashMap<>();
        for (Click click : clicks) {
            click.unique(false); // a retried batch decides again
            if (!click.bot()) {
                byPair.computeIfAbsent(Pair.of(click), pair -> new ArrayList<>()).add(click);
            }
        }
        if (byPair.isEmpty()) {
            return;
        }
        var links = new UUID[byPair.size()];
        var visitors = new UUID[byPair.size()];
        var lastAt = new Timestamp[byPair.size()];
        int i = 0;
        for (var pair : byPair.entrySet()) {
            links[i] = pair.getKey().linkId();
            visitors[i] = pair.getKey().visitorId();
            long last = pair.getValue().stream().mapToLong(Click::epochMicros).max().orElseThrow();
            lastAt[i++] = Timestamp.from(Instant.EPOCH.plusNanos(last * 1_000));
        }
        try (PreparedStatement remember = connection.prepareStatement(REMEMBER)) {
            remember.setArray(1, connection.createArrayOf("uuid", links));
            remember.setArray(2, connection.createArrayOf("uuid", visitors));
            remember.setArray(3, connection.createArrayOf("timestamptz", lastAt));
            try (ResultSet stored = remember.executeQuery()) {
                while (stored.next()) {
                    var pair =
                            new Pair(
                                    stored.getObject(1, UUID.class),
                                    stored.getObject(2, UUID.class));
                    Timestamp previous = stored.getTimestamp(3);
                    markUnique(
                            byPair.get(pair),
                            previous == null ? null : Click.micros(previous.toInstant()));
                }
            }
        }
    }

    /**
     * The rule: each click is unique when the visitor's previous click on the link, stored before
     * ({@code previousMicros}, null when none) or earlier in the same clicks, is an hour or more
     * before it. A click older than one already stored is not unique.
     */
    static void markUnique(List<Click> pairClicks, Long previousMicros) {
        pairClicks.sort(Comparator.comparingLong(Click::epochMicros));
        Long previous = previousMicros;
        for (Click click : pairClicks) {
            long at = click.epochMicros();
            click.unique(previous == null || at - previous >= WINDOW_MICROS);
            previous = previous == null ? at : Math.max(previous, at);
        }
    }
}
