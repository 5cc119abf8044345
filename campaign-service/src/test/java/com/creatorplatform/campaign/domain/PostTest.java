package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant SCHEDULED = Instant.parse("2026-12-08T18:00:00Z");

    private static Campaign campaign() {
        var campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.brandId = UUID.randomUUID();
        campaign.status = CampaignStatus.ACTIVE;
        return campaign;
    }

    private static Membership member(MembershipStatus status) {
        var membership = new Membership();
        membership.creatorId = UUID.randomUUID();
        membership.status = status;
        return membership;
    }

    private static Post planned() {
        return Post.plan(
                campaign(),
                member(MembershipStatus.ACTIVE),
                Platform.INSTAGRAM,
                PostFormat.REEL,
                SCHEDULED,
                "Unbox the trail shoes",
                List.of(),
                NOW);
    }

    @Test
    void aPostIsSubmittedSentBackResubmittedApprovedAndPublished() {
        var post = planned();
        post.submit("First take #ad");
        post.requestChanges("Show the sole");
        post.submit("Second take, sole included #ad");
        post.approve(NOW);
        post.publish(
                "Second take, sole included #ad", false, "https://instagram.com/p/abc", SCHEDULED);

        assertEquals(PostStatus.PUBLISHED, post.status);
        assertEquals("Show the sole", post.feedback);
        assertEquals("https://instagram.com/p/abc", post.publishedUrl);
        assertEquals(NOW, post.approvedAt, "approved once, and the time stays after publication");
    }

    @Test
    void publishingWithoutDisclosureOrUrlIsRefusedAndChangesNothing() {
        var post = planned();
        post.submit("Draft");
        post.approve(NOW);

        assertEquals(
                ApiError.Code.INVALID_ARGUMENT,
                assertThrows(
                                ApiError.class,
                                () ->
                                        post.publish(
                                                "Great shoes",
                                                false,
                                                "https://instagram.com/p/abc",
                                                SCHEDULED))
                        .code());
        assertEquals(
                "published_url is required",
                assertThrows(
                                ApiError.class,
                                () -> post.publish("Great shoes", true, " ", SCHEDULED))
                        .getMessage());
        assertEquals(PostStatus.APPROVED, post.status);
        assertNull(post.publishedUrl);
    }

    @Test
    void onlyAnApprovedPostIsPublished() {
        var post = planned();

        var error =
                assertThrows(
                        ApiError.class,
                        () -> post.publish("#ad", false, "https://instagram.com/p/abc", SCHEDULED));
        assertEquals("a post cannot move from PLANNED to PUBLISHED", error.getMessage());
    }

    @Test
    void aPostIsMissedWhenItsTimeIsMoreThanTwentyFourHoursAgo() {
        var now = SCHEDULED.plus(Duration.ofHours(24)).plusSeconds(1);
        assertTrue(SCHEDULED.isBefore(Post.missedIfScheduledBefore(now)));
        assertFalse(
                SCHEDULED.isBefore(
                        Post.missedIfScheduledBefore(SCHEDULED.plus(Duration.ofHours(24)))));
    }

    @Test
    void feedTimesStrictlyIncreaseEvenWhenTheClockStandsStillOrGoesBack() {
        var latest = Instant.parse("2026-12-08T18:00:00.000005Z");
        assertEquals(
                Instant.parse("2026-12-08T18:00:01Z"),
                Post.feedTime(Instant.parse("2026-12-08T18:00:01Z"), latest));
        assertEquals(Instant.parse("2026-12-08T18:00:00.000006Z"), Post.feedTime(latest, latest));
        assertEquals(
                Instant.parse("2026-12-08T18:00:00.000006Z"),
                Post.feedTime(latest.minusSeconds(3), latest));
        assertEquals(
                Instant.parse("2026-12-08T18:00:00.000001Z"),
                Post.feedTime(Instant.parse("2026-12-08T18:00:00.000001999Z"), null));
    }

    @Test
    void onlyActiveCreatorsGetPosts() {
        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                Post.plan(
                                        campaign(),
                                        member(MembershipStatus.INVITED),
                                        Platform.INSTAGRAM,
                                        PostFormat.REEL,
                                        SCHEDULED,
                                        "Brief",
                                        List.of(),
                                        NOW));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
    }

    @Test
    void theCampaignsCadenceIsEnforcedWhenPlanning() {
        var campaign = campaign();
        campaign.limitCadence(1);

        assertThrows(
                ApiError.class,
                () ->
                        Post.plan(
                                campaign,
                                member(MembershipStatus.ACTIVE),
                                Platform.INSTAGRAM,
                                PostFormat.STORY,
                                SCHEDULED,
                                "Brief",
                                List.of(SCHEDULED.minus(Duration.ofDays(1))),
                                NOW));
    }
}
