package com.creatorplatform.campaign.repository;

import static com.creatorplatform.contract.SqlArrays.column;

import com.creatorplatform.campaign.domain.WebhookAttempt;
import com.creatorplatform.campaign.domain.WebhookEvent;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook events, their deliveries (one per event and subscribed endpoint) and every attempt,
 * in plain SQL: deliveries are claimed with SKIP LOCKED so that several replicas send side by side.
 */
@ApplicationScoped
public class WebhookDeliveryRepository {

    /** A delivery the engine took, with what it needs to send it. */
    public record Claimed(
            UUID deliveryId,
            String eventId,
            String eventType,
            UUID endpointId,
            UUID brandId,
            String url,
            String signingSecret,
            String body,
            int attempts) {}

    /** What a replay found: the delivery's event (null when the brand has no such delivery). */
    public record Replay(String eventId, boolean endpointEnabled) {}

    /** A brand's name and its active admins' addresses. */
    public record BrandAdmins(String brandName, List<String> emails) {}

    private static final String CLAIM =
            """
            UPDATE webhook_delivery d SET next_attempt_at = $2
            FROM webhook_endpoint e, webhook_event ev
            WHERE d.id IN (
                SELECT q.id FROM webhook_delivery q JOIN webhook_endpoint qe ON qe.id = q.endpoint_id
                WHERE q.next_attempt_at <= $1 AND qe.enabled
                ORDER BY q.next_attempt_at LIMIT $3 FOR UPDATE OF q SKIP LOCKED)
              AND e.id = d.endpoint_id AND ev.id = d.event_id
            RETURNING d.id, d.event_id, ev.type, d.endpoint_id, d.brand_id, e.url, e.signing_secret,
                      ev.body, d.attempts""";

    /**
     * An endpoint's pending deliveries while it is paused or disabled: parked at 'infinity', past
     * every claim's horizon, so the claim's walk in next_attempt_at order never passes over them.
     */
    static final String PARK =
            "UPDATE webhook_delivery SET next_attempt_at = 'infinity' WHERE endpoint_id = $1 AND status = 'PENDING'";

    /** The endpoint enabled again: its parked deliveries are due at once. */
    static final String UNPARK =
            "UPDATE webhook_delivery SET next_attempt_at = $2 WHERE endpoint_id = $1 AND status = 'PENDING'"
                    + " AND next_attempt_at = 'infinity'";

    private static final String LOG =
            """
            SELECT a.id, a.delivery_id, d.endpoint_id, d.event_id, ev.type, a.attempted_at,
                   a.status_code, a.succeeded, a.answer
            FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
            JOIN webhook_event ev ON ev.id = d.event_id
            WHERE a.brand_id = $1 %s
            ORDER BY a.attempted_at DESC, a.id DESC LIMIT $2""";

    private final PgPool db;

    WebhookDeliveryRepository(PgPool db) {
        this.db = db;
    }

    /**
     * Stores the events in one statement, first of each id only, unless stored before, of no brand
     * or of a type no enabled endpoint of their brand subscribes to (nothing would ever send them),
     * with a due delivery to each enabled endpoint of their brand subscribed to their type; answers
     * how many deliveries it made. Every argument is text (arrays of it) and cast with CAST, so
     * that the PG client and a Hibernate session bind and parse them alike ({@link #arguments});
     * Hibernate names the positional parameters {@code ?n}.
     */
    private static final String STORE =
            """
            WITH stored AS (
                INSERT INTO webhook_event (id, brand_id, type, body, occurred_at, received_at)
                SELECT f.id, f.brand_id, f.type, f.body, f.occurred_at, f.received_at
                FROM (SELECT DISTINCT ON (ev.id) ev.id, b.id AS brand_id, ev.type, ev.body,
                             CAST(ev.occurred_at AS timestamptz) AS occurred_at,
                             CAST(CAST($6 AS text) AS timestamptz) AS received_at
                      FROM unnest(CAST($1 AS text[]), CAST($2 AS text[]), CAST($3 AS text[]),
                                  CAST($4 AS text[]), CAST($5 AS text[]))
                           WITH ORDINALITY AS ev(id, brand_id, type, body, occurred_at, n)
                      JOIN brand b ON b.id = CAST(ev.brand_id AS uuid)
                      ORDER BY ev.id, ev.n) f
                WHERE EXISTS (SELECT 1 FROM webhook_endpoint e
                              WHERE e.brand_id = f.brand_id AND e.enabled AND f.type = ANY (e.events))
                ON CONFLICT (id) DO NOTHING
                RETURNING id, brand_id, type, received_at),
            made AS (
                INSERT INTO webhook_delivery (id, event_id, endpoint_id, brand_id, status, attempts,
                                              next_attempt_at, created_at)
                SELECT gen_random_uuid(), s.id, e.id, e.brand_id, 'PENDING', 0, s.received_at, s.received_at
                FROM stored s JOIN webhook_endpoint e
                     ON e.brand_id = s.brand_id AND e.enabled AND s.type = ANY (e.events)
                RETURNING 1)
            SELECT count(*) FROM made""";

    /**
     * Stores the events handed over by another service (see {@link #STORE}) in one statement, so a
     * batch is stored whole or not at all; answers how many deliveries they made.
     */
    public Uni<Integer> store(List<WebhookEvent> events, Instant now) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return db.preparedQuery(STORE)
                .execute(Tuple.from(arguments(events, now)))
                .map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    /**
     * Stores the event as {@link #store} does, in the caller's transaction (the session's), so a
     * fact and its event are stored together; answers how many deliveries it made.
     */
    public Uni<Integer> storeInSession(WebhookEvent event, Instant now) {
        List<Object> arguments = arguments(List.of(event), now);
        return Panache.getSession()
                .flatMap(
                        session -> {
                            var query =
                                    session.createNativeQuery(STORE.replace('$', '?'), Long.class);
                            for (int i = 0; i < arguments.size(); i++) {
                                query.setParameter(i + 1, arguments.get(i));
                            }
                            return query.getSingleResult();
                        })
                .map(Long::intValue);
    }

    /** The parameters of {@link #STORE}: one array per column, and the time they came. */
    private static List<Object> arguments(List<WebhookEvent> events, Instant now) {
        return List.of(
                column(events, WebhookEvent::id, String[]::new),
                column(events, e -> e.brandId().toString(), String[]::new),
                column(events, WebhookEvent::type, String[]::new),
                column(events, WebhookEvent::body, String[]::new),
                column(events, e -> e.occurredAt().toString(), String[]::new),
                now.toString());
    }

    /**
     * Takes up to {@code batch} due deliveries of enabled endpoints, pushing their next attempt to
     * {@code leaseUntil}: another replica skips them, and a replica that dies while sending leaves
     * them to be taken again then.
     */
    public Uni<List<Claimed>> claimDue(Instant now, Instant leaseUntil, int batch) {
        return db.preparedQuery(CLAIM)
                .execute(Tuple.of(utc(now), utc(leaseUntil), batch))
                .map(
                        rows -> {
                            var claimed = new ArrayList<Claimed>();
                            for (Row row : rows) {
                                claimed.add(
                                        new Claimed(
                                                row.getUUID("id"),
                                                row.getString("event_id"),
                                                row.getString("type"),
                                                row.getUUID("endpoint_id"),
                                                row.getUUID("brand_id"),
                                                row.getString("url"),
                                                row.getString("signing_secret"),
                                                row.getString("body"),
                                                row.getInteger("attempts")));
                            }
                            return claimed;
                        });
    }

    /**
     * Logs an attempt and moves its delivery on: delivered, due again at {@code retryAt}, or given
     * up (empty). The endpoint's failures in a row are reset by a success and counted by a failure;
     * the failure that makes them {@code disableAfter} disables it. Answers whether this attempt
     * disabled the endpoint.
     */
    public Uni<Boolean> recordAttempt(
            Claimed delivery,
            int statusCode,
            String answer,
            Instant now,
            Optional<Instant> retryAt,
            int disableAfter) {
        boolean succeeded = WebhookAttempt.delivered(statusCode);
        return db.withTransaction(
                connection ->
                        connection
                                .preparedQuery(
                                        "INSERT INTO webhook_attempt (id, delivery_id, brand_id, attempted_at,"
                                                + " status_code, succeeded, answer) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                                .execute(
                                        Tuple.from(
                                                List.of(
                                                        UUID.randomUUID(),
                                                        delivery.deliveryId(),
                                                        delivery.brandId(),
                                                        utc(now),
                                                        statusCode,
                                                        succeeded,
                                                        WebhookAttempt.shortAnswer(answer))))
                                .chain(
                                        () ->
                                                connection
                                                        .preparedQuery(
                                                                "UPDATE webhook_delivery SET attempts = attempts + 1, status = $2,"
                                                                        + " next_attempt_at = $3 WHERE id = $1")
                                                        .execute(
                                                                Tuple.of(
                                                                        delivery.deliveryId(),
                                                                        succeeded
                                                                                ? "DELIVERED"
                                                                                : retryAt
                                                                                                .isPresent()
                                                                                        ? "PENDING"
                                                                                        : "FAILED",
                                                                        succeeded
                                                                                ? null
                                                                                : retryAt.map(
                                                                                                WebhookDeliveryRepository
                                                                                                        ::utc)
                                                                                        .orElse(
                                                                                                null))))
                                .chain(
                                        () ->
                                                connection
                                                        .preparedQuery(
                                                                "UPDATE webhook_endpoint SET consecutive_failures ="
                                                                        + " CASE WHEN $2 THEN 0 ELSE consecutive_failures + 1 END"
                                                                        + " WHERE id = $1 RETURNING consecutive_failures, enabled")
                                                        .execute(
                                                                Tuple.of(
                                                                        delivery.endpointId(),
                                                                        succeeded)))
                                .chain(
                                        rows -> {
                                            Row endpoint = rows.iterator().next();
                                            boolean enabled = endpoint.getBoolean("enabled");
                                            if (enabled
                                                    && endpoint.getInteger("consecutive_failures")
                                                            < disableAfter) {
                                                return Uni.createFrom().item(false);
                                            }
                                            // Disabled now, or paused while this attempt ran:
                                            // what waits for the endpoint is parked.
                                            Uni<?> disable =
                                                    enabled
                                                            ? connection
                                                                    .preparedQuery(
                                                                            "UPDATE webhook_endpoint SET enabled = false, disabled_at = $2 WHERE id = $1")
                                                                    .execute(
                                                                            Tuple.of(
                                                                                    delivery
                                                                                            .endpointId(),
                                                                                    utc(now)))
                                                            : Uni.createFrom().voidItem();
                                            return disable.chain(
                                                            () ->
                                                                    connection
                                                                            .preparedQuery(PARK)
                                                                            .execute(
                                                                                    Tuple.of(
                                                                                            delivery
                                                                                                    .endpointId())))
                                                    .replaceWith(enabled);
                                        }));
    }

    /** The brand's attempts, newest first, after the cursor; {@code limit} rows. */
    public Uni<List<WebhookAttempt>> attempts(UUID brandId, PageCursor after, int limit) {
        var params = Tuple.of(brandId, limit);
        String where = "";
        if (after != null) {
            where = "AND (a.attempted_at, a.id) < ($3, $4)";
            params.addOffsetDateTime(utc(after.createdAt())).addUUID(after.id());
        }
        return db.preparedQuery(LOG.formatted(where))
                .execute(params)
                .map(
                        rows -> {
                            var found = new ArrayList<WebhookAttempt>();
                            for (Row row : rows) {
                                found.add(
                                        new WebhookAttempt(
                                                row.getUUID("id"),
                                                row.getUUID("delivery_id"),
                                                row.getUUID("endpoint_id"),
                                                row.getString("event_id"),
                                                row.getString("type"),
                                                row.getOffsetDateTime("attempted_at").toInstant(),
                                                row.getInteger("status_code"),
                                                row.getBoolean("succeeded"),
                                                row.getString("answer")));
                            }
                            return found;
                        });
    }

    /**
     * Makes the brand's delivery due now (a new attempt of the same event, so the same webhook-id),
     * its backoff starting over, unless its endpoint is disabled.
     */
    public Uni<Replay> replay(UUID brandId, UUID deliveryId, Instant now) {
        return db.withTransaction(
                connection ->
                        connection
                                .preparedQuery(
                                        "SELECT d.event_id, e.enabled FROM webhook_delivery d"
                                                + " JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                                                + " WHERE d.id = $1 AND d.brand_id = $2 FOR UPDATE OF d")
                                .execute(Tuple.of(deliveryId, brandId))
                                .chain(
                                        rows -> {
                                            if (rows.size() == 0) {
                                                return Uni.createFrom()
                                                        .item(new Replay(null, false));
                                            }
                                            Row row = rows.iterator().next();
                                            var found =
                                                    new Replay(
                                                            row.getString("event_id"),
                                                            row.getBoolean("enabled"));
                                            if (!found.endpointEnabled()) {
                                                return Uni.createFrom().item(found);
                                            }
                                            return connection
                                                    .preparedQuery(
                                                            "UPDATE webhook_delivery SET status = 'PENDING', attempts = 0,"
                                                                    + " next_attempt_at = $2 WHERE id = $1")
                                                    .execute(Tuple.of(deliveryId, utc(now)))
                                                    .replaceWith(found);
                                        }));
    }

    /** The brand's name and its active admins' addresses, to tell them of a disabling. */
    public Uni<BrandAdmins> admins(UUID brandId) {
        return db.preparedQuery(
                        "SELECT b.name, m.email FROM brand b LEFT JOIN brand_member m ON m.brand_id = b.id"
                                + " AND m.role = 'ADMIN' AND m.status = 'ACTIVE' WHERE b.id = $1 ORDER BY m.email")
                .execute(Tuple.of(brandId))
                .map(
                        rows -> {
                            String name = null;
                            var emails = new ArrayList<String>();
                            for (Row row : rows) {
                                name = row.getString("name");
                                if (row.getString("email") != null) {
                                    emails.add(row.getString("email"));
                                }
                            }
                            return new BrandAdmins(name, emails);
                        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
