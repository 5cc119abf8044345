package com.creatorplatform.campaign.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.ApprovedPost;
import com.creatorplatform.proto.campaign.v1.ListApprovedPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListApprovedPostsResponse;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsResponse;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.PublishedPost;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feeds of publications and of approvals through a real gRPC client, read the way its consumers
 * read it: after a stored cursor.
 */
@QuarkusTest
class PostFeedsGrpcTest {

    @Inject CampaignApi api;

    @Test
    void
            publishedPostsComeInPublicationOrderWithTheFeeOfTheOfferVersionInEffectWhenTheyWerePublished() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Feed");
        String creator = Fixtures.activeMember(api, brand, campaign);
        String unpublished = schedule(brand, campaign, creator);
        String beforeAnyOffer = schedule(brand, campaign, creator);
        String underFirst = schedule(brand, campaign, creator);
        String underSecond = schedule(brand, campaign, creator);
        String start = end("");

        Fixtures.publish(api, brand, creator, beforeAnyOffer, "https://instagram.com/p/zero");
        var first = api.offers().publishOffer(offer(brand, campaign, 2_500).setHoldDays(7).build());
        Fixtures.publish(api, brand, creator, underFirst, "https://instagram.com/p/one");
        var second =
                api.offers().publishOffer(offer(brand, campaign, 4_000).setHoldDays(14).build());
        Fixtures.publish(api, brand, creator, underSecond, "https://instagram.com/p/two");

        var posts = readAll(start, 2);
        assertEquals(
                List.of(beforeAnyOffer, underFirst, underSecond),
                posts.stream().map(PublishedPost::getPostId).toList());
        assertFalse(posts.stream().anyMatch(p -> p.getPostId().equals(unpublished)));

        var none = posts.get(0);
        assertEquals("", none.getOfferVersionId());
        assertFalse(none.hasFeePerPublishedPost());
        var one = posts.get(1);
        assertEquals(brand, one.getBrandId());
        assertEquals(campaign, one.getCampaignId());
        assertEquals("Feed", one.getCampaignName());
        assertEquals(creator, one.getCreatorId());
        assertEquals(Platform.PLATFORM_INSTAGRAM, one.getPlatform());
        assertEquals("https://instagram.com/p/one", one.getPublishedUrl());
        assertEquals("https://northwind.example/Feed", one.getLandingUrl());
        assertEquals(first.getId(), one.getOfferVersionId());
        assertEquals(Fixtures.eur(2_500), one.getFeePerPublishedPost());
        assertEquals(7, one.getHoldDays());
        assertFalse(one.hasCampaignBudgetCap());
        var two = posts.get(2);
        assertEquals(second.getId(), two.getOfferVersionId());
        assertEquals(Fixtures.eur(4_000), two.getFeePerPublishedPost());
        assertEquals(14, two.getHoldDays());
        assertTrue(
                Instant.ofEpochSecond(
                                one.getPublishedAt().getSeconds(), one.getPublishedAt().getNanos())
                        .isBefore(
                                Instant.ofEpochSecond(
                                        two.getPublishedAt().getSeconds(),
                                        two.getPublishedAt().getNanos())));
    }

    @Test
    void afterTheLastPostTheFeedIsEmptyAndKeepsTheCursorUntilAPostIsPublished() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Tail");
        String creator = Fixtures.activeMember(api, brand, campaign);
        String post = schedule(brand, campaign, creator);
        String end = end("");

        var empty = read(end, 10);
        assertEquals(0, empty.getPostsCount());
        assertEquals(end, empty.getNextCursor());

        Fixtures.publish(api, brand, creator, post, "https://instagram.com/p/tail");
        var next = read(end, 10);
        assertEquals(
                List.of(post), next.getPostsList().stream().map(PublishedPost::getPostId).toList());
        assertEquals(0, read(next.getNextCursor(), 10).getPostsCount());
    }

    @Test
    void approvedPostsComeInApprovalOrderFromTheirApprovalOnPublishedOrNot() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Approvals");
        String creator = Fixtures.activeMember(api, brand, campaign);
        String planned = schedule(brand, campaign, creator);
        String approvedFirst = schedule(brand, campaign, creator);
        String publishedSecond = schedule(brand, campaign, creator);
        String start = approvalsEnd("");

        Fixtures.approve(api, brand, creator, approvedFirst);
        Fixtures.publish(api, brand, creator, publishedSecond, "https://instagram.com/p/second");

        var page = approvals(start, 10);
        assertEquals(
                List.of(approvedFirst, publishedSecond),
                page.getPostsList().stream().map(ApprovedPost::getPostId).toList());
        assertFalse(page.getPostsList().stream().anyMatch(p -> p.getPostId().equals(planned)));
        var first = page.getPosts(0);
        assertEquals(brand, first.getBrandId());
        assertEquals(campaign, first.getCampaignId());
        assertEquals("Approvals", first.getCampaignName());
        assertEquals(creator, first.getCreatorId());
        assertEquals(Platform.PLATFORM_INSTAGRAM, first.getPlatform());
        assertEquals("https://northwind.example/Approvals", first.getLandingUrl());
        assertEquals(0, approvals(page.getNextCursor(), 10).getPostsCount());
        assertEquals(
                page.getNextCursor(),
                approvals(page.getNextCursor(), 10).getNextCursor(),
                "an empty page keeps the cursor");
        var refused =
                assertThrows(StatusRuntimeException.class, () -> approvals("not-a-cursor", 10));
        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
    }

    @Test
    void aCursorThisServiceDidNotIssueOrALimitOutOfRangeIsRefused() {
        var cursor = assertThrows(StatusRuntimeException.class, () -> read("not-a-cursor", 10));
        assertEquals(Status.Code.INVALID_ARGUMENT, cursor.getStatus().getCode());
        var limit = assertThrows(StatusRuntimeException.class, () -> read("", 101));
        assertEquals(Status.Code.INVALID_ARGUMENT, limit.getStatus().getCode());
    }

    private String schedule(String brand, String campaign, String creator) {
        return Fixtures.schedulePost(
                        api, brand, campaign, creator, Instant.now().plus(1, ChronoUnit.DAYS))
                .getId();
    }

    private ListPublishedPostsResponse read(String after, int limit) {
        return api.feed()
                .listPublishedPosts(
                        ListPublishedPostsRequest.newBuilder()
                                .setAfter(after)
                                .setLimit(limit)
                                .build());
    }

    private ListApprovedPostsResponse approvals(String after, int limit) {
        return api.approvals()
                .listApprovedPosts(
                        ListApprovedPostsRequest.newBuilder()
                                .setAfter(after)
                                .setLimit(limit)
                                .build());
    }

    /** The cursor after the last approval so far. */
    private String approvalsEnd(String after) {
        var page = approvals(after, 100);
        return page.getPostsCount() == 0
                ? page.getNextCursor()
                : approvalsEnd(page.getNextCursor());
    }

    /** Every post after the cursor, read in pages of the size. */
    private List<PublishedPost> readAll(String after, int limit) {
        var all = new ArrayList<PublishedPost>();
        var page = read(after, limit);
        while (page.getPostsCount() > 0) {
            assertTrue(page.getPostsCount() <= limit);
            all.addAll(page.getPostsList());
            page = read(page.getNextCursor(), limit);
        }
        return all;
    }

    /** The cursor after the last publication so far. */
    private String end(String after) {
        var page = read(after, 100);
        return page.getPostsCount() == 0 ? page.getNextCursor() : end(page.getNextCursor());
    }

    private static PublishOfferRequest.Builder offer(String brand, String campaign, long feeMinor) {
        return PublishOfferRequest.newBuilder()
                .setBrandId(brand)
                .setCampaignId(campaign)
                .setPlan(Fixtures.percent(1000).setFeePerPublishedPost(Fixtures.eur(feeMinor)));
    }
}
