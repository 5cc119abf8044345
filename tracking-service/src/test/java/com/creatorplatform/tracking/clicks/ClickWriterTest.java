package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.creatorplatform.tracking.support.CampaignFixtures;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The click writer, through the real database: each batch stored and counted once, and a visitor's
 * unique click decided across the batches of every writer (as of several replicas).
 */
@QuarkusTest
class ClickWriterTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject ClickWriter writer;

    @Inject Pool db;

    @Test
    void aBatchStoredAgainIsStoredAndCountedOnce_eachClickOnItsUtcDay() throws SQLException {
        var target = target();
        var batch =
                ClickWriter.Batch.of(
                        List.of(
                                click(target, Instant.parse("2026-03-01T23:59:59.999Z")),
                                click(target, Instant.parse("2026-03-02T00:00:00Z"))));

        writer.store(batch);
        writer.store(batch); // as a retry after the answer to the first commit was lost

        var stored =
                db.preparedQuery(
                                "select count(*) from click c join user_agent a on a.id = c.user_agent_id"
                                        + " where c.link_id = $1 and a.text = 'Mozilla/5.0'")
                        .execute(Tuple.of(target.linkId()))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0);
        assertEquals(2, stored, "both clicks, once each, naming their user agent's stored text");
        var rollup =
                db.preparedQuery(
                                "select day, post_id, platform, clicks, unique_clicks, bot_clicks from click_daily"
                                        + " where brand_id = $1 order by day")
                        .execute(Tuple.of(target.brandId()))
                        .await()
                        .indefinitely();
        assertEquals(2, rollup.size());
        Row first = rollup.iterator().next();
        assertEquals(LocalDate.parse("2026-03-01"), first.getLocalDate("day"));
        assertEquals(
                new UUID(0, 0),
                first.getUUID("post_id"),
                "a link without a post is rolled up under the nil id");
        assertEquals(
                "",
                first.getString("platform"),
                "a link of no known platform is rolled up under the empty name");
        assertEquals(
                List.of(1L, 1L, 0L),
                List.of(
                        first.getLong("clicks"),
                        first.getLong("unique_clicks"),
                        first.getLong("bot_clicks")));
    }

    @Test
    void aClickIsUniqueWithNoClickOfItsVisitorInTheHourBeforeWhicheverWriterStoresIt()
            throws SQLException {
        var target = target();
        var visitor = UUID.randomUUID();
        var bot = UserAgent.of("Googlebot/2.1", true);
        // Two replicas' writers: one stored the visitor's 10:30 click, the other then stores two
        // earlier ones; a later batch holds a click 45 minutes on, one an hour after that, and a
        // bot's.
        writer.store(
                ClickWriter.Batch.of(
                        List.of(click(target, Instant.parse("2026-03-01T10:30:00Z"), visitor))));
        writer.store(
                ClickWriter.Batch.of(
                        List.of(
                                click(target, Instant.parse("2026-03-01T10:01:00Z"), visitor),
                                click(target, Instant.parse("2026-03-01T10:02:00Z"), visitor))));
        writer.store(
                ClickWriter.Batch.of(
                        List.of(
                                click(target, Instant.parse("2026-03-01T12:16:00Z"), visitor),
                                click(target, Instant.parse("2026-03-01T11:15:00Z"), visitor),
                                click(
                                        target,
                                        Instant.parse("2026-03-01T12:17:00Z"),
                                        UUID.randomUUID(),
                                        bot))));

        var counts =
                db.preparedQuery(
                                "select clicks, unique_clicks, bot_clicks from click_daily where brand_id = $1")
                        .execute(Tuple.of(target.brandId()))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next();
        assertEquals(
                List.of(6L, 2L, 1L),
                List.of(
                        counts.getLong("clicks"),
                        counts.getLong("unique_clicks"),
                        counts.getLong("bot_clicks")),
                "unique after an hour without clicks of the visitor, never the bot");
        var uniqueAt =
                db.preparedQuery(
                                "select clicked_at from click where link_id = $1 and is_unique order by 1")
                        .execute(Tuple.of(target.linkId()))
                        .await()
                        .indefinitely();
        assertEquals(
                List.of("2026-03-01T10:30:00Z", "2026-03-01T12:16:00Z"),
                StreamSupport.stream(uniqueAt.spliterator(), false)
                        .map(row -> row.getOffsetDateTime(0).toInstant().toString())
                        .toList(),
                "a click older than one stored is not unique; 11:15 is 45 minutes after 10:30");
    }

    private LinkTarget target() {
        var link =
                tracking.createTrackingLink(
                        CampaignFixtures.linkOf(CampaignFixtures.brand()).build());
        return new LinkTarget(
                UUID.fromString(link.getId()),
                UUID.fromString(link.getBrandId()),
                UUID.fromString(link.getCampaignId()),
                UUID.fromString(link.getCreatorId()),
                null,
                null,
                link.getRedirectUrl());
    }

    private static Click click(LinkTarget target, Instant at) {
        return click(target, at, UUID.randomUUID());
    }

    private static Click click(LinkTarget target, Instant at, UUID visitor) {
        return click(target, at, visitor, UserAgent.of("Mozilla/5.0", false));
    }

    private static Click click(LinkTarget target, Instant at, UUID visitor, UserAgent agent) {
        return new Click(
                UUID.randomUUID(),
                at,
                target,
                CampaignStatus.ACTIVE,
                visitor,
                new byte[16],
                agent,
                null);
    }
}
