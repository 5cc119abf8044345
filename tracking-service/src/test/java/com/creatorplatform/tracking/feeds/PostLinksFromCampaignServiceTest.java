package com.creatorplatform.tracking.feeds;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each post approved in the real campaign-service gets its own link from the feed of approvals,
 * once, before it is published.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class PostLinksFromCampaignServiceTest {

    @Inject ApprovedPostsFeed feed;

    @Inject Pool db;

    @GrpcClient("tracking")
    TrackingServiceBlockingStub tracking;

    @Test
    void aPublishedPostGetsExactlyOneLinkToTheCampaignsLandingPageHoweverOftenTheFeedIsRead()
            throws Throwable {
        var brand = CampaignFixtures.brandWithOffer();
        var published =
                CampaignFixtures.publishedPost(brand.brandId(), brand.campaignId(), "@anna.trails");
        // A link made by hand for the same post is the creator's own business, not the post's link.
        tracking.createTrackingLink(
                CreateTrackingLinkRequest.newBuilder()
                        .setBrandId(brand.brandId())
                        .setCampaignId(brand.campaignId())
                        .setCreatorId(published.creatorId())
                        .setPostId(published.postId())
                        .setDestinationUrl("https://shop.northwind.example/sale")
                        .build());

        assertTrue(poll() >= 1);
        assertEquals(0, poll());

        var links = postLinks(published.postId());
        assertEquals(1, links.size());
        var link = links.get(0);
        assertEquals(brand.brandId(), link.getUUID("brand_id").toString());
        assertEquals(brand.campaignId(), link.getUUID("campaign_id").toString());
        assertEquals(published.creatorId(), link.getUUID("creator_id").toString());
        assertEquals("https://shop.northwind.example/winter", link.getString("destination_url"));
        assertEquals("INSTAGRAM", link.getString("platform"), "the post's platform, for reports");
        assertEquals(
                "https://shop.northwind.example/winter?utm_source=%40anna.trails&utm_medium=instagram&utm_campaign=Winter&utm_content="
                        + published.postId(),
                link.getString("redirect_url"));
        assertEquals(
                2L,
                db.preparedQuery("select count(*) from tracking_link where post_id = $1")
                        .execute(Tuple.of(UUID.fromString(published.postId())))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0));

        // Read again from the start (a lost cursor): the post is delivered again and keeps its one
        // link.
        db.query("update feed_cursor set position = '' where feed = 'campaign.approved-posts'")
                .execute()
                .await()
                .indefinitely();
        assertTrue(poll() >= 1);
        assertEquals(
                List.of(link.getString("code")),
                postLinks(published.postId()).stream().map(r -> r.getString("code")).toList());

        String location =
                given().redirects()
                        .follow(false)
                        .header("User-Agent", "Mozilla/5.0 (iPhone)")
                        .get("/r/" + link.getString("code"))
                        .then()
                        .statusCode(302)
                        .extract()
                        .header("Location");
        assertTrue(location.startsWith(link.getString("redirect_url") + "&cp_click="), location);
    }

    @Test
    void anApprovedPostHasItsOwnLinkBeforeItIsPublished() throws Throwable {
        var brand = CampaignFixtures.brandWithOffer();
        var approved =
                CampaignFixtures.approvedPost(brand.brandId(), brand.campaignId(), "@ben.peaks");

        assertTrue(poll() >= 1);

        var links = postLinks(approved.postId());
        assertEquals(1, links.size(), "the approved, unpublished post has its link");
        assertEquals(approved.creatorId(), links.get(0).getUUID("creator_id").toString());
        assertTrue(
                links.get(0).getString("redirect_url").endsWith("utm_content=" + approved.postId()),
                links.get(0).getString("redirect_url"));
    }

    private int poll() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(feed::poll);
    }

    private List<Row> postLinks(String postId) {
        var rows = new ArrayList<Row>();
        db.preparedQuery("select * from tracking_link where post_id = $1 and made_for_post")
                .execute(Tuple.of(UUID.fromString(postId)))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }
}
