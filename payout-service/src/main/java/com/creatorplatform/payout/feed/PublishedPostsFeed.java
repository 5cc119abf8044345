package com.creatorplatform.payout.feed;

import com.creatorplatform.contract.FeedPoller;
import com.creatorplatform.payout.mapping.PayoutMapping;
import com.creatorplatform.payout.service.PostFees;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsRequest;
import com.creatorplatform.proto.campaign.v1.MutinyPublishedPostsFeedGrpc.MutinyPublishedPostsFeedStub;
import com.creatorplatform.proto.campaign.v1.PublishedPost;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows campaign-service's feed of publications (ListPublishedPosts) so that every published
 * post's fee is credited once; the loop, its cursor and its backoff are {@link FeedPoller}'s.
 */
@ApplicationScoped
public class PublishedPostsFeed implements FeedPoller.Sink<PublishedPost> {

    private final PostFees fees;
    private final FeedPoller<PublishedPost> poller;

    PublishedPostsFeed(
            @GrpcClient("campaign") @RegisterClientInterceptor(PayoutServiceIdentity.class)
                    MutinyPublishedPostsFeedStub publications,
            PostFees fees,
            Clock clock,
            MeterRegistry metrics,
            @ConfigProperty(name = "payout.post-feed.batch-size") int batchSize,
            @ConfigProperty(name = "payout.post-feed.backoff") Duration backoff,
            @ConfigProperty(name = "payout.post-feed.max-backoff") Duration maxBackoff,
            @ConfigProperty(name = "payout.campaign-service.deadline") Duration deadline) {
        this.fees = fees;
        FeedPoller.Source<PublishedPost> source =
                (after, limit) ->
                        publications
                                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                                .listPublishedPosts(
                                        ListPublishedPostsRequest.newBuilder()
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
                                "post fees from campaign-service's published posts",
                                source,
                                this,
                                new FeedPoller.Settings(batchSize, backoff, maxBackoff),
                                clock)
                        .measuredAs("published-posts", metrics);
    }

    @Scheduled(
            identity = "post-fee-feed",
            every = "${payout.post-feed.every}",
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
        return fees.cursor();
    }

    @Override
    public Uni<Boolean> apply(FeedPoller.Batch<PublishedPost> batch) {
        return Uni.createFrom()
                .deferred(
                        () ->
                                fees.credit(
                                        batch.after(),
                                        batch.next(),
                                        batch.entries().stream()
                                                .map(PayoutMapping::toPostFee)
                                                .flatMap(Optional::stream)
                                                .toList()));
    }
}
