package com.creatorplatform.contract;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Where a service stands in each feed it follows ({@link FeedPoller}): table {@code
 * feed_cursor(feed, position, moved_at)} in the service's own database, one row per feed, made by
 * the migration that introduced the feed. Runs in the caller's Panache session; not a bean, so that
 * modules without a database (the gateway) never load it.
 */
public final class FeedCursors {

    private FeedCursors() {}

    public static Uni<String> position(String feed) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "select position from feed_cursor where feed = :feed",
                                                String.class)
                                        .setParameter("feed", feed)
                                        .getSingleResult());
    }

    /**
     * Moves the cursor if it is still where the caller read from. The row stays locked until the
     * transaction ends, so a second replica applying the same batch waits, then finds it moved.
     */
    public static Uni<Boolean> move(String feed, String from, String to, Instant now) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "update feed_cursor set position = :to, moved_at = :now where feed = :feed and position = :from")
                                        .setParameter("feed", feed)
                                        .setParameter("from", from)
                                        .setParameter("to", to)
                                        .setParameter("now", now)
                                        .executeUpdate())
                .map(moved -> moved == 1);
    }
}
