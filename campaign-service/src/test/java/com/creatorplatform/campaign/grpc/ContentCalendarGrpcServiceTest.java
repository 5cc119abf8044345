package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.contract.WireTypes.timestamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsRequest;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.Post;
import com.creatorplatform.proto.campaign.v1.PostStatus;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RequestPostChangesRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignCadenceRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.google.protobuf.FieldMask;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content calendar through a real gRPC client, checked in the database. */
@QuarkusTest
class ContentCalendarGrpcServiceTest {

    // 2026-12-07 is a Monday (ISO week 2026-W50).
    private static final Instant MONDAY = Instant.parse("2026-12-07T18:00:00Z");
    private static final Instant SUNDAY = Instant.parse("2026-12-13T18:00:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2026-12-14T18:00:00Z");

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Inject ContentCalendar calendar;

    @Test
    void aPostGoesFromPlanToPublicationThroughReview() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Calendar");
        String creator = Fixtures.activeMember(api, brand, campaign);
        Fixtures.endpoint(db, brand, "post.submitted", "post.published");
        var post = schedule(brand, campaign, creator, MONDAY);

        api.calendar()
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(creator)
                                .setPostId(post.getId())
                                .setCaption("Take one #ad")
                                .build());
        var sentBack =
                api.calendar()
                        .requestPostChanges(
                                RequestPostChangesRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setPostId(post.getId())
                                        .setFeedback("Show the sole")
                                        .build());
        assertEquals(PostStatus.POST_STATUS_CHANGES_REQUESTED, sentBack.getStatus());
        api.calendar()
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(creator)
                                .setPostId(post.getId())
                                .setCaption("Take two #ad")
                                .build());
        api.calendar()
                .approvePost(
                        ApprovePostRequest.newBuilder()
                                .setBrandId(brand)
                                .setPostId(post.getId())
                                .build());
        var published =
                api.calendar()
                        .publishPost(
                                PublishPostRequest.newBuilder()
                                        .setCreatorId(creator)
                                        .setPostId(post.getId())
                                        .setCaption("Trail day with @northwind #Ad")
                                        .setPublishedUrl("https://instagram.com/p/trail1")
                                        .build());

        assertEquals(PostStatus.POST_STATUS_PUBLISHED, published.getStatus());
        var stored =
                Fixtures.row(
                        db,
                        "select status, caption, published_url, published_at from post where id = $1",
                        post.getId());
        assertEquals("PUBLISHED", stored.getString("status"));
        assertEquals("Trail day with @northwind #Ad", stored.getString("caption"));
        assertEquals("https://instagram.com/p/trail1", stored.getString("published_url"));
        var events =
                Fixtures.row(
                        db,
                        "select count(*) filter (where type = 'post.submitted') as submitted,"
                                + " count(*) filter (where type = 'post.published') as published"
                                + " from webhook_event where brand_id = $1",
                        brand);
        assertEquals(2, events.getLong("submitted"), "each submission is an event");
        assertEquals(1, events.getLong("published"));
    }

    @Test
    void publishingWithoutDisclosureIsRefusedClearlyAndNothingChanges() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Disclosure");
        String creator = Fixtures.activeMember(api, brand, campaign);
        var post = schedule(brand, campaign, creator, MONDAY);
        api.calendar()
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(creator)
                                .setPostId(post.getId())
                                .setCaption("Draft")
                                .build());
        api.calendar()
                .approvePost(
                        ApprovePostRequest.newBuilder()
                                .setBrandId(brand)
                                .setPostId(post.getId())
                                .build());

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.calendar()
                                        .publishPost(
                                                PublishPostRequest.newBuilder()
                                                        .setCreatorId(creator)
                                                        .setPostId(post.getId())
                                                        .setCaption("Best #adventure shoes")
                                                        .setPublishedUrl(
                                                                "https://instagram.com/p/x")
                                                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertTrue(
                error.getStatus().getDescription().startsWith("the post is not disclosed as paid"));
        var stored =
                Fixtures.row(
                        db, "select status, published_url from post where id = $1", post.getId());
        assertEquals("APPROVED", stored.getString("status"));
        assertEquals(null, stored.getString("published_url"));
        assertEquals(
                PostStatus.POST_STATUS_PUBLISHED,
                api.calendar()
                        .publishPost(
                                PublishPostRequest.newBuilder()
                                        .setCreatorId(creator)
                                        .setPostId(post.getId())
                                        .setCaption("Best shoes")
                                        .setPaidPartnership(true)
                                        .setPublishedUrl("https://instagram.com/p/x")
                                        .build())
                        .getStatus());
    }

    @Test
    void theCadenceRuleRefusesAThirdPostInAWeekButNotInTheNext() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Cadence");
        api.campaigns()
                .setCampaignCadence(
                        SetCampaignCadenceRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setMaxPostsPerCreatorPerWeek(2)
                                .build());
        String creator = Fixtures.activeMember(api, brand, campaign);
        schedule(brand, campaign, creator, MONDAY);
        schedule(brand, campaign, creator, MONDAY.plusSeconds(3600));

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> schedule(brand, campaign, creator, SUNDAY));
        assertEquals(Status.Code.FAILED_PRECONDITION, error.getStatus().getCode());
        assertEquals(
                "the creator already has 2 posts in week 2026-W50; the campaign allows at most 2 per week",
                error.getStatus().getDescription());
        schedule(brand, campaign, creator, NEXT_MONDAY);
        assertEquals(
                3L,
                Fixtures.row(db, "select count(*) from post where campaign_id = $1", campaign)
                        .getLong(0));
    }

    @Test
    void onlyActiveMembersGetPosts() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Members");
        String shortlisted =
                api.creators()
                        .createCreator(Fixtures.creator(brand, "Listed", "DE").build())
                        .getId();
        api.memberships()
                .shortlist(
                        ShortlistRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(shortlisted)
                                .build());

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> schedule(brand, campaign, shortlisted, MONDAY));
        assertEquals(Status.Code.FAILED_PRECONDITION, error.getStatus().getCode());
        var stranger =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                schedule(
                                        brand,
                                        campaign,
                                        api.creators()
                                                .createCreator(
                                                        Fixtures.creator(brand, "Out", "DE")
                                                                .build())
                                                .getId(),
                                        MONDAY));
        assertEquals(Status.Code.NOT_FOUND, stranger.getStatus().getCode());
    }

    @Test
    void postsStillUnpublishedADayAfterTheirTimeAreMarkedMissedByTheSweepAndPublishedOnesStay()
            throws Throwable {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Missed");
        String creator = Fixtures.activeMember(api, brand, campaign);
        Instant twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS);
        var planned = schedule(brand, campaign, creator, twoDaysAgo);
        var submitted = schedule(brand, campaign, creator, twoDaysAgo);
        api.calendar()
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(creator)
                                .setPostId(submitted.getId())
                                .setCaption("Draft #ad")
                                .build());
        var published =
                Fixtures.publish(
                        api,
                        brand,
                        creator,
                        schedule(brand, campaign, creator, twoDaysAgo).getId(),
                        "https://instagram.com/p/late");
        var lastHour = schedule(brand, campaign, creator, Instant.now().minus(1, ChronoUnit.HOURS));
        var upcoming = schedule(brand, campaign, creator, Instant.now().plus(2, ChronoUnit.DAYS));

        // As the scheduled sweep does: on a Vert.x context, which the reactive session needs.
        int marked = VertxContextSupport.subscribeAndAwait(calendar::markMissed);

        assertTrue(marked >= 2, "marked " + marked);
        assertEquals("MISSED", status(planned));
        assertEquals("MISSED", status(submitted));
        assertEquals("PUBLISHED", status(published));
        assertEquals("PLANNED", status(lastHour));
        assertEquals("PLANNED", status(upcoming));
        assertEquals(0, VertxContextSupport.subscribeAndAwait(calendar::markMissed));
        var tooLate =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.calendar()
                                        .submitPost(
                                                SubmitPostRequest.newBuilder()
                                                        .setCreatorId(creator)
                                                        .setPostId(planned.getId())
                                                        .setCaption("Sorry #ad")
                                                        .build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, tooLate.getStatus().getCode());
    }

    @Test
    void theCalendarIsReadByCampaignByCreatorAndByTimeInScheduledOrder() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Read");
        String ana = Fixtures.activeMember(api, brand, campaign);
        String ben = Fixtures.activeMember(api, brand, campaign);
        var anaLate = schedule(brand, campaign, ana, NEXT_MONDAY);
        var anaEarly = schedule(brand, campaign, ana, MONDAY);
        var ben1 = schedule(brand, campaign, ben, SUNDAY);

        var firstPage =
                api.calendar()
                        .listPosts(
                                ListPostsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setPage(PageRequest.newBuilder().setPageSize(2))
                                        .build());
        var rest =
                api.calendar()
                        .listPosts(
                                ListPostsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setPage(
                                                PageRequest.newBuilder()
                                                        .setPageSize(2)
                                                        .setCursor(
                                                                firstPage
                                                                        .getPageInfo()
                                                                        .getNextCursor()))
                                        .build());
        assertEquals(List.of(anaEarly, ben1), firstPage.getPostsList());
        assertEquals(List.of(anaLate), rest.getPostsList());
        assertEquals(
                List.of(anaEarly, anaLate),
                api.calendar()
                        .listPosts(ListPostsRequest.newBuilder().setCreatorId(ana).build())
                        .getPostsList());
        assertEquals(
                List.of(anaEarly, ben1),
                api.calendar()
                        .listPosts(
                                ListPostsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setScheduledFrom(timestamp(MONDAY))
                                        .setScheduledTo(timestamp(NEXT_MONDAY))
                                        .build())
                        .getPostsList());
        assertTrue(
                api.calendar()
                        .listPosts(
                                ListPostsRequest.newBuilder()
                                        .setBrandId(Fixtures.brandId(api))
                                        .setCampaignId(campaign)
                                        .build())
                        .getPostsList()
                        .isEmpty());
        assertEquals(
                List.of(ben1),
                api.calendar()
                        .batchGetPosts(
                                BatchGetPostsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addIds(ben1.getId())
                                        .build())
                        .getPostsList());
    }

    @Test
    void aLevelOfCreatorsGetsItsPostsInOneCallCappedPerCreatorWithTotals() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Dashboard");
        String busy = Fixtures.activeMember(api, brand, campaign);
        String quiet = Fixtures.activeMember(api, brand, campaign);
        String idle = Fixtures.activeMember(api, brand, campaign);
        schedule(brand, campaign, busy, MONDAY.plusSeconds(7200));
        var first = schedule(brand, campaign, busy, MONDAY);
        var second = schedule(brand, campaign, busy, MONDAY.plusSeconds(3600));
        var quietPost =
                Fixtures.publish(
                        api,
                        brand,
                        quiet,
                        schedule(brand, campaign, quiet, SUNDAY).getId(),
                        "https://instagram.com/p/quiet");
        String otherBrand = Fixtures.brandId(api);

        var answer =
                api.calendar()
                        .batchListCreatorPosts(
                                BatchListCreatorPostsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .addAllCreatorIds(List.of(idle, busy, quiet))
                                        .setLimitPerCreator(2)
                                        .build())
                        .getCreatorsList();

        assertEquals(
                List.of(idle, busy, quiet), answer.stream().map(c -> c.getCreatorId()).toList());
        assertEquals(List.of(0, 3, 1), answer.stream().map(c -> c.getTotal()).toList());
        assertEquals(
                List.of(first, second),
                answer.get(1).getPostsList(),
                "the posts as scheduled, every field");
        assertEquals(
                List.of(quietPost), answer.get(2).getPostsList(), "a published post, every field");
        var foreign =
                api.calendar()
                        .batchListCreatorPosts(
                                BatchListCreatorPostsRequest.newBuilder()
                                        .setBrandId(otherBrand)
                                        .setCampaignId(campaign)
                                        .addCreatorIds(busy)
                                        .build())
                        .getCreatorsList();
        assertEquals(0, foreign.get(0).getTotal(), "another brand sees none of the posts");
        var tooMany =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.calendar()
                                        .batchListCreatorPosts(
                                                BatchListCreatorPostsRequest.newBuilder()
                                                        .setBrandId(brand)
                                                        .setCampaignId(campaign)
                                                        .addCreatorIds(busy)
                                                        .setLimitPerCreator(101)
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, tooMany.getStatus().getCode());
    }

    @Test
    void aReadMaskFillsOnlyTheFieldsItNames_andANameAPostLacksIsRefused() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Masked");
        var post = schedule(brand, campaign, Fixtures.activeMember(api, brand, campaign), MONDAY);
        var request =
                BatchListCreatorPostsRequest.newBuilder()
                        .setBrandId(brand)
                        .setCampaignId(campaign)
                        .addCreatorIds(post.getCreatorId());

        var masked =
                api.calendar()
                        .batchListCreatorPosts(
                                request.clone()
                                        .setReadMask(
                                                FieldMask.newBuilder()
                                                        .addPaths("brief")
                                                        .addPaths("status"))
                                        .build())
                        .getCreators(0);

        assertEquals(1, masked.getTotal());
        assertEquals(
                List.of(
                        Post.newBuilder()
                                .setId(post.getId())
                                .setBrief(post.getBrief())
                                .setStatus(post.getStatus())
                                .build()),
                masked.getPostsList(),
                "the id, and the fields named: nothing else");
        var refused =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.calendar()
                                        .batchListCreatorPosts(
                                                request.clone()
                                                        .setReadMask(
                                                                FieldMask.newBuilder()
                                                                        .addPaths("brief")
                                                                        .addPaths("likes"))
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals("read_mask: Post has no field 'likes'", refused.getStatus().getDescription());
    }

    private Post schedule(String brand, String campaign, String creator, Instant at) {
        return Fixtures.schedulePost(api, brand, campaign, creator, at);
    }

    private String status(Post post) {
        return Fixtures.row(db, "select status from post where id = $1", post.getId()).getString(0);
    }
}
