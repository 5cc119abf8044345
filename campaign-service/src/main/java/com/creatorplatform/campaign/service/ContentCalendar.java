package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.ApprovedPost;
import com.creatorplatform.campaign.domain.CreatorPosts;
import com.creatorplatform.campaign.domain.Platform;
import com.creatorplatform.campaign.domain.Post;
import com.creatorplatform.campaign.domain.PostEvents;
import com.creatorplatform.campaign.domain.PostFormat;
import com.creatorplatform.campaign.domain.PostStatus;
import com.creatorplatform.campaign.domain.PublishedPost;
import com.creatorplatform.campaign.repository.MembershipRepository;
import com.creatorplatform.campaign.repository.PostRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Use cases of the content calendar: the brand plans and reviews posts, the creator submits and
 * publishes them.
 */
@ApplicationScoped
public class ContentCalendar {

    private static final Logger LOG = Logger.getLogger(ContentCalendar.class);

    /** A post as the brand plans it. */
    public record Plan(
            UUID campaignId,
            UUID creatorId,
            Platform platform,
            PostFormat format,
            Instant scheduledAt,
            String brief) {}

    private final CampaignPlanner campaigns;
    private final MembershipRepository memberships;
    private final PostRepository posts;
    private final WebhookDeliveries webhooks;
    private final Clock clock;

    ContentCalendar(
            CampaignPlanner campaigns,
            MembershipRepository memberships,
            PostRepository posts,
            WebhookDeliveries webhooks,
            Clock clock) {
        this.campaigns = campaigns;
        this.memberships = memberships;
        this.posts = posts;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /**
     * The membership row is locked so that two posts planned at once cannot both squeeze into a
     * full week.
     */
    @WithTransaction
    public Uni<Post> schedule(UUID brandId, Plan plan) {
        return campaigns
                .require(brandId, plan.campaignId())
                .flatMap(
                        campaign ->
                                memberships
                                        .findMemberForUpdate(campaign.id, plan.creatorId())
                                        .onItem()
                                        .ifNull()
                                        .failWith(
                                                () ->
                                                        ApiError.notFound(
                                                                "creator "
                                                                        + plan.creatorId()
                                                                        + " is not in campaign "
                                                                        + campaign.id))
                                        .flatMap(
                                                membership ->
                                                        posts.liveTimes(
                                                                        campaign.id,
                                                                        plan.creatorId())
                                                                .map(
                                                                        taken ->
                                                                                Post.plan(
                                                                                        campaign,
                                                                                        membership,
                                                                                        plan
                                                                                                .platform(),
                                                                                        plan
                                                                                                .format(),
                                                                                        plan
                                                                                                .scheduledAt(),
                                                                                        plan
                                                                                                .brief(),
                                                                                        taken,
                                                                                        clock
                                                                                                .instant()))))
                .call(posts::persist)
                .invoke(
                        p ->
                                LOG.infof(
                                        "planned post %s of creator %s for %s",
                                        p.id, p.creatorId, p.scheduledAt));
    }

    @WithTransaction
    public Uni<Post> submit(UUID creatorId, UUID postId, String caption) {
        return change("creatorId", creatorId, postId, post -> post.submit(caption))
                .call(post -> webhooks.record(PostEvents.submitted(post, clock.instant())));
    }

    /**
     * Approvals are serialised like publications (a short lock): the approvals feed, from which
     * tracking-service gives each approved post its own link, sees them in the order of their
     * times.
     */
    @WithTransaction
    public Uni<Post> approve(UUID brandId, UUID postId) {
        return posts.lockApprovals()
                .chain(
                        latest ->
                                change(
                                        "brandId",
                                        brandId,
                                        postId,
                                        post ->
                                                post.approve(
                                                        Post.feedTime(clock.instant(), latest))));
    }

    @WithTransaction
    public Uni<Post> requestChanges(UUID brandId, UUID postId, String feedback) {
        return change("brandId", brandId, postId, post -> post.requestChanges(feedback));
    }

    /**
     * Publications are serialised (a short lock), so that the published-posts feed sees them in the
     * order of their times.
     */
    @WithTransaction
    public Uni<Post> publish(
            UUID creatorId, UUID postId, String caption, boolean paidPartnership, String url) {
        return posts.lockPublications()
                .chain(
                        latest ->
                                change(
                                        "creatorId",
                                        creatorId,
                                        postId,
                                        post ->
                                                post.publish(
                                                        caption,
                                                        paidPartnership,
                                                        url,
                                                        Post.feedTime(clock.instant(), latest))))
                .call(post -> webhooks.record(PostEvents.published(post)));
    }

    /**
     * Marks every post still unpublished past its time as MISSED, in one statement; the scheduled
     * sweep calls this. A publication racing with it either commits first (the post is no longer
     * missable) or waits for the row and then finds it MISSED. Returns how many.
     */
    @WithTransaction
    public Uni<Integer> markMissed() {
        return posts.markMissed(
                        Post.missedIfScheduledBefore(clock.instant()), PostStatus.missable())
                .invoke(
                        count -> {
                            if (count > 0) {
                                LOG.infof("marked %d posts missed", count);
                            }
                        });
    }

    /**
     * The feed of publications: published posts after the cursor (empty: from the first), in
     * publication order.
     */
    public Uni<List<PublishedPost>> publishedAfter(String cursor, int requestedSize) {
        return posts.publishedAfter(PageCursor.decode(cursor), PageCursor.pageSize(requestedSize));
    }

    /** The feed of approvals: approved posts after the cursor (empty: from the first), in order. */
    public Uni<List<ApprovedPost>> approvedAfter(String cursor, int requestedSize) {
        return posts.approvedAfter(PageCursor.decode(cursor), PageCursor.pageSize(requestedSize));
    }

    /** A campaign's publications counted over inclusive UTC days. */
    public record PublicationDays(UUID campaignId, LocalDate from, LocalDate to) {}

    /** How many posts each campaign published in its days, one count per query in order. */
    public Uni<List<Long>> publishedCounts(UUID brandId, List<PublicationDays> queries) {
        if (queries.size() > Ids.MAX_BATCH) {
            throw ApiError.invalidArgument(
                    "at most " + Ids.MAX_BATCH + " queries, got " + queries.size());
        }
        var windows =
                queries.stream()
                        .map(
                                q -> {
                                    if (q.from().isAfter(q.to())) {
                                        throw ApiError.invalidArgument(
                                                "dates.from must not be after dates.to");
                                    }
                                    return new PostRepository.PublicationWindow(
                                            q.campaignId(),
                                            q.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                                            q.to().plusDays(1)
                                                    .atStartOfDay(ZoneOffset.UTC)
                                                    .toInstant());
                                })
                        .toList();
        return posts.publishedCounts(brandId, windows);
    }

    @WithSession
    public Uni<List<Post>> byIds(UUID brandId, List<UUID> ids) {
        return posts.findByIds(brandId, ids).map(found -> Ids.inAskedOrder(ids, found, p -> p.id));
    }

    @WithSession
    public Uni<Page<Post>> list(PostRepository.Filter filter, String cursor, int requestedSize) {
        if (filter.brandId() == null && filter.creatorId() == null) {
            throw ApiError.invalidArgument("brand_id is required unless creator_id is given");
        }
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ApiError.invalidArgument(
                    "scheduled_to "
                            + filter.to()
                            + " must be after scheduled_from "
                            + filter.from());
        }
        int size = PageCursor.pageSize(requestedSize);
        return posts.pageAfter(filter, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, p -> p.scheduledAt, p -> p.id));
    }

    /**
     * The posts of a whole level of creators in one read (a dashboard page), at most {@code limit}
     * each; a creator without posts answers none. One answer per creator, in the order asked.
     */
    public Uni<List<CreatorPosts>> ofCreators(
            UUID brandId, UUID campaignId, List<UUID> creatorIds, int limit) {
        if (limit < 1 || limit > PageCursor.MAX_PAGE_SIZE) {
            throw ApiError.invalidArgument(
                    "limit_per_creator must be between 1 and "
                            + PageCursor.MAX_PAGE_SIZE
                            + ", got "
                            + limit);
        }
        return posts.firstOfCreators(brandId, campaignId, creatorIds, limit)
                .map(
                        byCreator ->
                                creatorIds.stream()
                                        .map(
                                                id ->
                                                        byCreator.getOrDefault(
                                                                id,
                                                                new CreatorPosts(id, List.of(), 0)))
                                        .toList());
    }

    private Uni<Post> change(String owner, UUID ownerId, UUID postId, Consumer<Post> change) {
        return posts.findForUpdate(owner, ownerId, postId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("post " + postId + " does not exist"))
                .invoke(change);
    }
}
