package com.creatorplatform.tracking.click;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.creatorplatform.tracking.support.CampaignFixtures;
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

/** The click writer's daily rollup, through the real writer and database. */
@QuarkusTest
class ClickRollupTest {

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
        var click = new Click(UUID.randomUUID(), Instant.parse("2026-03-01T23:59:59.999Z"), target, CampaignStatus.ACTIVE,
                UUID.randomUUID(), "ip-hash", "Mozilla/5.0", null, false, true);

        // The same click in one batch twice, then again in a later batch (as a retried batch would be).
        writer.enqueue(click);
        writer.enqueue(click);
        waitUntilStored();
        writer.enqueue(click);
        waitUntilStored();

        var rollup = db.preparedQuery("select day, post_id, platform, clicks, unique_clicks, bot_clicks from click_daily"
                        + " where brand_id = $1")
                .execute(Tuple.of(target.brandId())).await().indefinitely();
        assertEquals(1, rollup.size());
        Row row = rollup.iterator().next();
        assertEquals(LocalDate.parse("2026-03-01"), row.getLocalDate("day"));
        assertEquals(new UUID(0, 0), row.getUUID("post_id"), "a link without a post is rolled up under the nil id");
        assertEquals("", row.getString("platform"), "a link of no known platform is rolled up under the empty name");
        assertEquals(List.of(1L, 1L, 0L), List.of(row.getLong("clicks"), row.getLong("unique_clicks"), row.getLong("bot_clicks")));
    }

    private void waitUntilStored() throws InterruptedException {
        for (int i = 0; i < 100 && writer.pending() > 0; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(100); // the batch taken from the queue is in flight until its statement returns
    }
}
