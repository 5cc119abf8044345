package com.creatorplatform.payout.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Where this service stands in each feed it follows (one row per feed, made by the migration that
 * introduced the feed).
 */
@ApplicationScoped
public class FeedCursorRepository {

    public Uni<String> cursor(String feed) {
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
    public Uni<Boolean> move(String feed, String from, String to, Instant now) {
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
