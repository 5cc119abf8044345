package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.ApprovedPost;
import com.creatorplatform.campaign.domain.CreatorPosts;
import com.creatorplatform.campaign.domain.Platform;
import com.creatorplatform.campaign.domain.Post;
import com.creatorplatform.campaign.domain.PostFormat;
import com.creatorplatform.campaign.domain.PostStatus;
import com.creatorplatform.campaign.domain.PublishedPost;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    /** Calendar filters; null does not filter. The range is [from, to) on the scheduled time. */
    public record Filter(UUID brandId, UUID campaignId, UUID creatorId, Instant from, Instant to) {}

    /**
     * Published posts in publication order after a position, with their campaign's landing page and
     * cap, the creator's handle on the post's platform and the offer version in effect at
     * publication.
     */
    private static final String PUBLISHED_AFTER =
            """
            SELECT p.id, p.brand_id, p.campaign_id, p.creator_id, p.platform, p.published_at, p.published_url,
                   c.name AS campaign_name, c.landing_url, c.budget_cap_minor, c.currency, a.handle,
                   o.id AS offer_id, o.fee_per_published_post_minor, o.hold_days
            FROM post p
            JOIN campaign c ON c.id = p.campaign_id
            LEFT JOIN creator_account a ON a.creator_id = p.creator_id AND a.platform = p.platform
            LEFT JOIN LATERAL (
                SELECT v.id, v.fee_per_published_post_minor, v.hold_days FROM offer v
                WHERE v.campaign_id = p.campaign_id AND v.effective_from <= p.published_at
                ORDER BY v.effective_from DESC
                LIMIT 1) o ON true
            WHERE p.published_at IS NOT NULL %s
            ORDER BY p.published_at, p.id
            LIMIT $1""";

    /**
     * Approved posts (published ones included) in approval order after a position, with their
     * campaign's name and landing page and the creator's handle on the post's platform.
     */
    private static final String APPROVED_AFTER =
            """
            SELECT p.id, p.brand_id, p.campaign_id, p.creator_id, p.platform, p.approved_at,
                   c.name AS campaign_name, c.landing_url, a.handle
            FROM post p
            JOIN campaign c ON c.id = p.campaign_id
            LEFT JOIN creator_account a ON a.creator_id = p.creator_id AND a.platform = p.platform
            WHERE p.approved_at IS NOT NULL %s
            ORDER BY p.approved_at, p.id
            LIMIT $1""";

    /**
     * Each creator's first posts ($4 at most) with how many they have in all: per creator, a count
     * and the first rows in scheduled order, both from the creator's index. Ranking every post of
     * all the creators with window functions instead cost the database much longer on the
     * dashboard's posts (figures: bench/RESULTS.md, dashboard). The columns are named in the order
     * {@link #post} reads them by position: by name, the driver searched the row's column names for
     * each of them.
     */
    private static final String FIRST_OF_CREATORS =
            """
            SELECT p.id, p.brand_id, p.campaign_id, p.creator_id, p.platform, p.format, p.scheduled_at, p.brief, p.status,
                   p.caption, p.feedback, p.paid_partnership, p.published_url, p.published_at, p.created_at, n.total
            FROM (SELECT DISTINCT unnest($3::uuid[])) AS c (creator_id)
            CROSS JOIN LATERAL (
                SELECT count(*)::int AS total FROM post
                WHERE brand_id = $1 AND campaign_id = $2 AND creator_id = c.creator_id) n
            CROSS JOIN LATERAL (
                SELECT * FROM post
                WHERE brand_id = $1 AND campaign_id = $2 AND creator_id = c.creator_id
                ORDER BY scheduled_at, id
                LIMIT $4) p""";

    private final PgPool db;

    PostRepository(PgPool db) {
        this.db = db;
    }

    /** Posts of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<Post>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "brandId = :brand and id in :ids",
                Parameters.with("brand", brandId).and("ids", ids));
    }

    /**
     * When the creator's posts in the campaign that still hold a slot (all but missed ones) are
     * scheduled.
     */
    public Uni<List<Instant>> liveTimes(UUID campaignId, UUID creatorId) {
        return list(
                        "campaignId = ?1 and creatorId = ?2 and status <> ?3",
                        campaignId,
                        creatorId,
                        PostStatus.MISSED)
                .map(posts -> posts.stream().map(p -> p.scheduledAt).toList());
    }

    /**
     * The post whose {@code owner} ("brandId" or "creatorId") is {@code ownerId}, locked until the
     * transaction ends, or null.
     */
    public Uni<Post> findForUpdate(String owner, UUID ownerId, UUID id) {
        return find("id = ?1 and " + owner + " = ?2", id, ownerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * Moves every post scheduled before the cutoff and in one of the states to MISSED, in one
     * statement; answers how many.
     */
    public Uni<Integer> markMissed(Instant scheduledBefore, Set<PostStatus> from) {
        return update(
                "status = ?1 where scheduledAt < ?2 and status in ?3",
                PostStatus.MISSED,
                scheduledBefore,
                from);
    }

    /**
     * Serialises publications until the transaction ends and answers the latest publication time
     * (null when none).
     */
    public Uni<Instant> lockPublications() {
        return lockFeed("post-publication", "select max(publishedAt) from Post");
    }

    /**
     * Serialises approvals until the transaction ends and answers the latest approval time (null
     * when none).
     */
    public Uni<Instant> lockApprovals() {
        return lockFeed("post-approval", "select max(approvedAt) from Post");
    }

    /**
     * Takes the feed's lock and reads its latest time. The time is read by a second statement,
     * whose snapshot is taken once the lock is held, so it sees the time written by the transaction
     * that held the lock before.
     */
    private Uni<Instant> lockFeed(String lock, String latest) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:lock, 0))) locked",
                                                Long.class)
                                        .setParameter("lock", lock)
                                        .getSingleResult()
                                        .chain(
                                                () ->
                                                        session.createSelectionQuery(
                                                                        latest, Instant.class)
                                                                .getSingleResult()));
    }

    /**
     * At most {@code size} published posts after the position (null: from the first), in
     * publication order.
     */
    public Uni<List<PublishedPost>> publishedAfter(PageCursor after, int size) {
        return feedAfter(
                PUBLISHED_AFTER,
                "published_at",
                after,
                size,
                row ->
                        new PublishedPost(
                                row.getUUID("id"),
                                row.getUUID("brand_id"),
                                row.getUUID("campaign_id"),
                                row.getString("campaign_name"),
                                row.getUUID("creator_id"),
                                Platform.valueOf(row.getString("platform")),
                                row.getString("handle"),
                                row.getOffsetDateTime("published_at").toInstant(),
                                row.getString("published_url"),
                                row.getString("landing_url"),
                                row.getUUID("offer_id"),
                                row.getLong("fee_per_published_post_minor"),
                                row.getInteger("hold_days"),
                                row.getLong("budget_cap_minor"),
                                row.getString("currency")));
    }

    /** At most {@code size} approved posts after the position (null: from the first), in order. */
    public Uni<List<ApprovedPost>> approvedAfter(PageCursor after, int size) {
        return feedAfter(
                APPROVED_AFTER,
                "approved_at",
                after,
                size,
                row ->
                        new ApprovedPost(
                                row.getUUID("id"),
                                row.getUUID("brand_id"),
                                row.getUUID("campaign_id"),
                                row.getString("campaign_name"),
                                row.getUUID("creator_id"),
                                Platform.valueOf(row.getString("platform")),
                                row.getString("handle"),
                                row.getOffsetDateTime("approved_at").toInstant(),
                                row.getString("landing_url")));
    }

    /**
     * A page of a feed query ({@code sql}: its %s takes the position's condition, $1 the size)
     * ordered by {@code time} then id, after the position (null: from the first).
     */
    private <T> Uni<List<T>> feedAfter(
            String sql, String time, PageCursor after, int size, Function<Row, T> entry) {
        var params = Tuple.of(size);
        String where = "";
        if (after != null) {
            where = "AND (p." + time + ", p.id) > ($2, $3)";
            params.addOffsetDateTime(OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC))
                    .addUUID(after.id());
        }
        return db.preparedQuery(sql.formatted(where))
                .execute(params)
                .map(
                        rows -> {
                            var entries = new ArrayList<T>();
                            for (Row row : rows) {
                                entries.add(entry.apply(row));
                            }
                            return entries;
                        });
    }

    /**
     * Each creator's first posts in one campaign of the brand (scheduled order, at most {@code
     * limit}), with how many they have there in all: ranked and counted in the database, read as
     * plain rows (no entity bookkeeping; the dashboard reads thousands at once).
     */
    public Uni<Map<UUID, CreatorPosts>> firstOfCreators(
            UUID brandId, UUID campaignId, List<UUID> creatorIds, int limit) {
        if (creatorIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return db.preparedQuery(FIRST_OF_CREATORS)
                .execute(Tuple.of(brandId, campaignId, creatorIds.toArray(UUID[]::new), limit))
                .map(
                        rows -> {
                            Map<UUID, CreatorPosts> byCreator = new HashMap<>();
                            for (Row row : rows) {
                                Post post = post(row);
                                byCreator
                                        .computeIfAbsent(
                                                post.creatorId,
                                                id ->
                                                        new CreatorPosts(
                                                                id,
                                                                new ArrayList<>(),
                                                                row.getInteger(15)))
                                        .first()
                                        .add(post);
                            }
                            return byCreator;
                        });
    }

    /** A campaign and a range of instants [from, to) its publications are counted in. */
    public record PublicationWindow(UUID campaignId, Instant from, Instant to) {}

    /**
     * How many posts of the brand each window's campaign published within it, one count per window
     * in the order given: one statement for them all.
     */
    public Uni<List<Long>> publishedCounts(UUID brandId, List<PublicationWindow> windows) {
        if (windows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return db.preparedQuery(
                        """
                        SELECT (SELECT count(*) FROM post p
                                WHERE p.brand_id = $1 AND p.campaign_id = w.campaign_id
                                  AND p.published_at >= w.from_at AND p.published_at < w.to_at)
                        FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[])
                             WITH ORDINALITY AS w(campaign_id, from_at, to_at, n)
                        ORDER BY w.n""")
                .execute(
                        Tuple.of(
                                brandId,
                                windows.stream()
                                        .map(PublicationWindow::campaignId)
                                        .toArray(UUID[]::new),
                                windows.stream()
                                        .map(w -> w.from().atOffset(ZoneOffset.UTC))
                                        .toArray(OffsetDateTime[]::new),
                                windows.stream()
                                        .map(w -> w.to().atOffset(ZoneOffset.UTC))
                                        .toArray(OffsetDateTime[]::new)))
                .map(
                        rows -> {
                            List<Long> counts = new ArrayList<>();
                            rows.forEach(row -> counts.add(row.getLong(0)));
                            return counts;
                        });
    }

    /** A row of {@link #FIRST_OF_CREATORS}. */
    private static Post post(Row row) {
        var post = new Post();
        post.id = row.getUUID(0);
        post.brandId = row.getUUID(1);
        post.campaignId = row.getUUID(2);
        post.creatorId = row.getUUID(3);
        post.platform = Platform.valueOf(row.getString(4));
        post.format = PostFormat.valueOf(row.getString(5));
        post.scheduledAt = instant(row, 6);
        post.brief = row.getString(7);
        post.status = PostStatus.valueOf(row.getString(8));
        post.caption = row.getString(9);
        post.feedback = row.getString(10);
        post.paidPartnership = row.getBoolean(11);
        post.publishedUrl = row.getString(12);
        post.publishedAt = instant(row, 13);
        post.createdAt = instant(row, 14);
        return post;
    }

    private static Instant instant(Row row, int column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }

    /** One page of the calendar in scheduled order, after the cursor. */
    public Uni<List<Post>> pageAfter(Filter filter, PageCursor after, int size) {
        var where = new StringBuilder("1 = 1");
        var params = new Parameters();
        if (filter.brandId() != null) {
            where.append(" and brandId = :brand");
            params.and("brand", filter.brandId());
        }
        if (filter.campaignId() != null) {
            where.append(" and campaignId = :campaign");
            params.and("campaign", filter.campaignId());
        }
        if (filter.creatorId() != null) {
            where.append(" and creatorId = :creator");
            params.and("creator", filter.creatorId());
        }
        if (filter.from() != null) {
            where.append(" and scheduledAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and scheduledAt < :to");
            params.and("to", filter.to());
        }
        if (after != null) {
            where.append(
                    " and (scheduledAt > :afterTime or (scheduledAt = :afterTime and id > :afterId))");
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        return find(where + " order by scheduledAt, id", params).range(0, size).list();
    }
}
