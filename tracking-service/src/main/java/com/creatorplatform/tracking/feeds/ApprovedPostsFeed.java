package com.creatorplatform.tracking.feeds;

import com.creatorplatform.contract.FeedPoller;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.campaign.v1.ApprovedPost;
import com.creatorplatform.proto.campaign.v1.ListApprovedPostsRequest;
import com.creatorplatform.tracking.client.CampaignCalls;
import com.creatorplatform.tracking.links.LinkRegistry;
import com.creatorplatform.tracking.links.TrackingLink;
import com.creatorplatform.tracking.wire.PlatformNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows campaign-service's feed of approvals (ListApprovedPosts) so that every post gets its own
 * link once, from its approval on, before it goes live (ADR 0065); the loop, its cursor and its
 * backoff are {@link FeedPoller}'s.
 */
@ApplicationScoped
public class ApprovedPostsFeed implements FeedPoller.Sink<ApprovedPost> {

    private final LinkRegistry links;
    private final FeedPoller<ApprovedPost> poller;

    ApprovedPostsFeed(
            CampaignCalls campaigns,
            LinkRegistry links,
            Clock clock,
            MeterRegistry metrics,
            @ConfigProperty(name = "tracking.post-feed.batch-size") int batchSize,
            @ConfigProperty(name = "tracking.post-feed.backoff") Duration backoff,
            @ConfigProperty(name = "tracking.post-feed.max-backoff") Duration maxBackoff) {
        this.links = links;
        FeedPoller.Source<ApprovedPost> source =
                (after, limit) ->
                        campaigns
                                .approvalsStub()
                                .listApprovedPosts(
                                        ListApprovedPostsRequest.newBuilder()
                                                .setAfter(after)
                                                .setLimit(limit)
                                                .build())
                                .map(
                                        page ->
                                                new FeedPoller.Batch<>(
                                                        after,
                                                        page.getPostsList(),
                                                        page.getNextCursor()));
        this.poller =
                new FeedPoller<>(
                                "post links from campaign-service's approved posts",
                                source,
                                this,
                                new FeedPoller.Settings(batchSize, backoff, maxBackoff),
                                clock)
                        .measuredAs("approved-posts", metrics);
    }

    @Scheduled(
            identity = "post-link-feed",
            every = "${tracking.post-feed.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return poll().replaceWithVoid();
    }

    /** One round of the poller (see {@link FeedPoller#poll()}): how many posts it applied. */
    public Uni<Integer> poll() {
        return poller.poll();
    }

    @Override
    public Uni<String> cursor() {
        return links.postFeedCursor();
    }

    @Override
    public Uni<Boolean> apply(FeedPoller.Batch<ApprovedPost> batch) {
        return Uni.createFrom()
                .deferred(
                        () ->
                                links.createPostLinks(
                                        batch.after(),
                                        batch.next(),
                                        batch.entries().stream()
                                                .map(ApprovedPostsFeed::toPostLink)
                                                .toList()));
    }

    /**
     * An approved post's own link, from campaign-service's feed: to the campaign's landing page,
     * its UTM parameters naming the creator's handle, the platform and the campaign (each falls
     * back to an id).
     */
    static LinkRegistry.NewLink toPostLink(ApprovedPost post) {
        return new LinkRegistry.NewLink(
                Ids.parse("brand_id", post.getBrandId()),
                Ids.parse("campaign_id", post.getCampaignId()),
                Ids.parse("creator_id", post.getCreatorId()),
                Ids.parse("post_id", post.getPostId()),
                PlatformNames.of(post.getPlatform()),
                post.getLandingUrl(),
                new TrackingLink.Utm(post.getCreatorHandle(), post.getCampaignName()));
    }
}
