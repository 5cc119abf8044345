package com.creatorplatform.tracking.click;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.StoredClicks;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The click writer, through the real database: each click stored and counted once. */
@QuarkusTest
class ClickWriterTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Inject
    ClickWriter writer;

    @Inject
    Pool db;

    @Test
    void aClickWrittenAgainIsStoredAndCountedOnceOnItsUtcDay() throws InterruptedException {
        var link = tracking.createTrackingLink(CreateTrackingLinkRequest.newBuilder().setBrandId(CampaignFixtures.brand())
                .setCampaignId(UUID.randomUUID().toString()).setCreatorId(UUID.randomUUID().toString())
                .setDestinationUrl("https://shop.northwind.example/").build());
        var target = new LinkTarget(UUID.fromString(link.getId()), UUID.fromString(link.getBrandId()), UUID.fromString(link.getCampaignId()),
                UUID.fromString(link.getCreatorId()), null, null, link.getRedirectUrl());
        var click = click(target, Instant.parse("2026-03-01T23:59:59.999Z"));

        // The same click in one batch twice, then again in a later batch (as a retried batch would be).
        writer.enqueue(click, () -> { });
        writer.enqueue(click, () -> { });
        StoredClicks.of(db, link.getId(), 1);
        writer.enqueue(click, () -> { });
        // Storing it again changes nothing to wait for, so wait for a click queued after it (on another day, rolled
        // up apart) to be stored and for the writer to have nothing left to write.
        writer.enqueue(click(target, Instant.parse("2026-03-03T12:00:00Z")), () -> { });
        StoredClicks.of(db, link.getId(), 2);
        for (int i = 0; i < 200 && !writer.idle(); i++) {
            Thread.sleep(10);
        }
        assertTrue(writer.idle(), "the writer has written everything queued");

        var rollup = db.preparedQuery("select day, post_id, platform, clicks, unique_clicks, bot_clicks from click_daily"
                        + " where brand_id = $1 and day = $2")
                .execute(Tuple.of(target.brandId(), LocalDate.parse("2026-03-01"))).await().indefinitely();
        assertEquals(1, rollup.size());
        Row row = rollup.iterator().next();
        assertEquals(LocalDate.parse("2026-03-01"), row.getLocalDate("day"));
        assertEquals(new UUID(0, 0), row.getUUID("post_id"), "a link without a post is rolled up under the nil id");
        assertEquals("", row.getString("platform"), "a link of no known platform is rolled up under the empty name");
        assertEquals(List.of(1L, 1L, 0L), List.of(row.getLong("clicks"), row.getLong("unique_clicks"), row.getLong("bot_clicks")));
    }

    private static Click click(LinkTarget target, Instant at) {
        return new Click(UUID.randomUUID(), at, target, CampaignStatus.ACTIVE, UUID.randomUUID(), new byte[16],
                UserAgent.of("Mozilla/5.0", false), null, true);
    }
}
