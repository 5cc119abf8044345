package com.creatorplatform.tracking.orders;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's purge and its gauges, against the real database and metrics endpoint. */
@QuarkusTest
class OutboxUpkeepTest {

    @Inject Pool db;

    @Inject OutboxUpkeep upkeep;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private final UUID brand = UUID.randomUUID();

    @BeforeEach
    void emptyOutbox() {
        // The module's tests run without a relay: earlier tests' events would count as pending.
        db.query("delete from outbox_event").execute().await().indefinitely();
        db.query("delete from outbox_batch").execute().await().indefinitely();
    }

    @AfterEach
    void removeTheseEvents() {
        // Their payload is no event: left pending, they would stop a relay using this database.
        db.preparedQuery("delete from outbox_event where brand_id = $1")
                .execute(Tuple.of(brand))
                .await()
                .indefinitely();
        db.query("delete from outbox_batch").execute().await().indefinitely();
    }

    @Test
    void deliveredEventsOlderThanTheRetentionArePurgedAndNothingElse() {
        // The retention is 7 days.
        event("old-delivered", Duration.ofDays(8), "delivered");
        event("old-delivered-2", Duration.ofDays(30), "delivered");
        event("recent-delivered", Duration.ofDays(6), "delivered");
        event("old-pending", Duration.ofDays(30), "pending");
        event("old-refused", Duration.ofDays(30), "refused");
        batch(Duration.ofDays(9), true, "old-batch-1", "old-batch-2");
        batch(Duration.ofDays(5), true, "recent-batch");
        batch(Duration.ofDays(20), false, "old-pending-batch");

        assertEquals(3L, upkeep.purge().await().indefinitely(), "rows purged");

        assertEquals(
                Set.of(
                        "recent-delivered",
                        "old-pending",
                        "old-refused",
                        "recent-batch",
                        "old-pending-batch"),
                remaining(),
                "a pending event is never purged, nor one set aside for a person");
    }

    @Test
    void pendingCountAndTheOldestPendingEventsAgeAreMetrics() {
        event("waiting-90s", Duration.ofSeconds(90), "pending");
        event("waiting-10s", Duration.ofSeconds(10), "pending");
        event("delivered", Duration.ofHours(1), "delivered");
        event("refused", Duration.ofHours(1), "refused");
        batch(Duration.ofSeconds(120), false, "batched-1", "batched-2", "batched-3");
        batch(Duration.ofHours(2), true, "batched-delivered");

        upkeep.measure().await().indefinitely();

        String scraped = metrics();
        assertEquals(5.0, gauge(scraped, "tracking_outbox_pending"), "events of both tables");
        double lag = gauge(scraped, "tracking_outbox_lag_seconds");
        assertTrue(lag >= 120 && lag < 3600, "the oldest pending event's age, not " + lag);

        db.preparedQuery("update outbox_event set delivered_at = now() where brand_id = $1")
                .execute(Tuple.of(brand))
                .await()
                .indefinitely();
        db.query("update outbox_batch set delivered_at = now()").execute().await().indefinitely();
        upkeep.measure().await().indefinitely();
        scraped = metrics();
        assertEquals(0.0, gauge(scraped, "tracking_outbox_pending"));
        assertEquals(0.0, gauge(scraped, "tracking_outbox_lag_seconds"));
    }

    /** An event created {@code age} ago, delivered or refused (or neither) since then. */
    private void event(String id, Duration age, String state) {
        db.preparedQuery(
                        """
                        insert into outbox_event (event_id, brand_id, payload, created_at, delivered_at, refused_at, refusal)
                        values ($1, $2, '\\x00', now() - $3 * interval '1 second',
                                case when $4 = 'delivered' then now() - $3 * interval '1 second' end,
                                case when $4 = 'refused' then now() - $3 * interval '1 second' end,
                                case when $4 = 'refused' then 'malformed' end)""")
                .execute(Tuple.of(id, brand, age.toSeconds(), state))
                .await()
                .indefinitely();
    }

    /** A transaction's events created {@code age} ago, delivered then or still pending. */
    private void batch(Duration age, boolean delivered, String... ids) {
        db.preparedQuery(
                        """
                        insert into outbox_batch (created_at, event_count, event_ids, events, delivered_at)
                        values (now() - $1 * interval '1 second', $2::int, $3,
                                array_fill('\\x00'::bytea, array[$2::int]),
                                case when $4 then now() - $1 * interval '1 second' end)""")
                .execute(Tuple.of(age.toSeconds(), ids.length, ids, delivered))
                .await()
                .indefinitely();
    }

    private Set<String> remaining() {
        var ids = new HashSet<String>();
        db.query(
                        "select event_id from outbox_event union all select unnest(event_ids) from outbox_batch")
                .execute()
                .await()
                .indefinitely()
                .forEach(row -> ids.add(row.getString(0)));
        return ids;
    }

    private String metrics() {
        return given().get("http://127.0.0.1:" + managementPort + "/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static double gauge(String scraped, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(scraped);
        assertTrue(value.find(), name + " is exposed");
        return Double.parseDouble(value.group(2));
    }
}
