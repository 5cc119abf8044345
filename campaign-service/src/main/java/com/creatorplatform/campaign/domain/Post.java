package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.AllowedDomains;
import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** One planned piece of content of a campaign's creator, from brief to publication. */
@Entity
public class Post extends PanacheEntityBase {

    /**
     * How long after its scheduled time an unpublished post counts as missed (time to publish and
     * report it).
     */
    public static final Duration MISSED_AFTER = Duration.ofHours(24);

    public static final int MAX_TEXT = 5000;

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "creator_id")
    public UUID creatorId;

    @Enumerated(EnumType.STRING)
    public Platform platform;

    @Enumerated(EnumType.STRING)
    public PostFormat format;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    public String brief;

    @Enumerated(EnumType.STRING)
    public PostStatus status;

    public String caption;
    public String feedback;

    @Column(name = "paid_partnership")
    public boolean paidPartnership;

    @Column(name = "published_url")
    public String publishedUrl;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When the brand approved it; from then on the post has its own link (ADR 0065). */
    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * A planned post of an ACTIVE member, within the campaign's cadence ({@code creatorsLivePosts}:
     * their other unmissed posts' times).
     */
    public static Post plan(
            Campaign campaign,
            Membership membership,
            Platform platform,
            PostFormat format,
            Instant scheduledAt,
            String brief,
            List<Instant> creatorsLivePosts,
            Instant now) {
        if (scheduledAt == null) {
            throw ApiError.invalidArgument("scheduled_at is required");
        }
        String text = text("brief", brief);
        if (campaign.status == CampaignStatus.ENDED) {
            throw ApiError.failedPrecondition(
                    "campaign " + campaign.id + " is ENDED; it takes no new posts");
        }
        if (membership.status != MembershipStatus.ACTIVE) {
            throw ApiError.failedPrecondition(
                    "creator "
                            + membership.creatorId
                            + " is "
                            + membership.status
                            + " in the campaign; only ACTIVE creators get posts");
        }
        campaign.cadence().ifPresent(rule -> rule.requireRoom(scheduledAt, creatorsLivePosts));
        var post = new Post();
        post.id = UUID.randomUUID();
        post.brandId = campaign.brandId;
        post.campaignId = campaign.id;
        post.creatorId = membership.creatorId;
        post.platform = platform;
        post.format = format;
        post.scheduledAt = scheduledAt.truncatedTo(ChronoUnit.MICROS);
        post.brief = text;
        post.status = PostStatus.PLANNED;
        post.createdAt = now;
        return post;
    }

    public void submit(String draftCaption) {
        String text = text("caption", draftCaption);
        status = status.moveTo(PostStatus.SUBMITTED);
        caption = text;
    }

    /** Approved at {@code at}, a {@link #feedTime feed time}: the approvals feed lists it. */
    public void approve(Instant at) {
        status = status.moveTo(PostStatus.APPROVED);
        approvedAt = at;
    }

    public void requestChanges(String brandFeedback) {
        String text = text("feedback", brandFeedback);
        status = status.moveTo(PostStatus.CHANGES_REQUESTED);
        feedback = text;
    }

    /** Published content must be disclosed as paid and reachable at an absolute http(s) URL. */
    public void publish(
            String publishedCaption, boolean paidPartnershipLabel, String url, Instant now) {
        Disclosure.require(publishedCaption, paidPartnershipLabel);
        if (url == null || url.isBlank()) {
            throw ApiError.invalidArgument("published_url is required");
        }
        String published = AllowedDomains.requireHttpUrl("published_url", url).toString();
        status = status.moveTo(PostStatus.PUBLISHED);
        caption = publishedCaption == null ? null : publishedCaption.trim();
        paidPartnership = paidPartnershipLabel;
        publishedUrl = published;
        publishedAt = now;
    }

    /**
     * Posts still unpublished ({@link PostStatus#missable()}) and scheduled before this time are
     * missed at {@code now}.
     */
    public static Instant missedIfScheduledBefore(Instant now) {
        return now.minus(MISSED_AFTER);
    }

    /**
     * The time an approval or a publication at {@code now} is recorded with: strictly after the
     * latest one of its kind ({@code latest}, null when none), so that the order is strict, and
     * with them serialised it is also the order in which they became visible (the approvals and
     * publications feeds rely on that to never skip a post).
     */
    public static Instant feedTime(Instant now, Instant latest) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return latest == null || at.isAfter(latest) ? at : latest.plus(1, ChronoUnit.MICROS);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalidArgument(field + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw ApiError.invalidArgument(field + " must be at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }
}
