package com.creatorplatform.tracking.client;

import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Campaigns' statuses for the redirect, from campaign-service (BatchGetCampaigns), kept in memory
 * so that clicks do not wait on it. A status is never used older than {@code
 * tracking.campaign-status.max-age}: past half of it, a click triggers a refresh in the background;
 * past all of it, the status is forgotten and the next click waits for campaign-service. While
 * campaign-service cannot answer, the last status it gave is kept; a campaign it gave none for (or
 * does not know) is UNKNOWN.
 */
@Singleton
public class CampaignStatuses {

    private static final Logger LOG = Logger.getLogger(CampaignStatuses.class);

    private record Key(UUID brandId, UUID campaignId) {}

    private final CampaignCalls campaigns;
    private final AsyncLoadingCache<Key, CampaignStatus> statuses;

    CampaignStatuses(
            CampaignCalls campaigns,
            @ConfigProperty(name = "tracking.campaign-status.max-age") Duration maxAge) {
        this.campaigns = campaigns;
        // Upkeep on the caller's thread, as in LinkDirectory (the redirect reads this per click).
        this.statuses =
                Caffeine.newBuilder()
                        .executor(Runnable::run)
                        .maximumSize(100_000)
                        .refreshAfterWrite(maxAge.dividedBy(2))
                        .expireAfterWrite(maxAge)
                        .buildAsync(
                                new AsyncCacheLoader<>() {
                                    @Override
                                    public CompletableFuture<CampaignStatus> asyncLoad(
                                            Key key, Executor executor) {
                                        return ask(key, CampaignStatus.UNKNOWN);
                                    }

                                    @Override
                                    public CompletableFuture<CampaignStatus> asyncReload(
                                            Key key, CampaignStatus last, Executor executor) {
                                        return ask(key, last);
                                    }
                                });
    }

    /**
     * The campaign's status: already done when it is in memory, else once campaign-service
     * answered. Never fails.
     */
    public CompletableFuture<CampaignStatus> of(UUID brandId, UUID campaignId) {
        return statuses.get(new Key(brandId, campaignId));
    }

    private CompletableFuture<CampaignStatus> ask(Key key, CampaignStatus otherwise) {
        return campaigns
                .stub()
                .batchGetCampaigns(
                        BatchGetCampaignsRequest.newBuilder()
                                .setBrandId(key.brandId().toString())
                                .addIds(key.campaignId().toString())
                                .build())
                .map(
                        found ->
                                found.getCampaignsList().stream()
                                        .findFirst()
                                        .map(c -> toDomain(c.getStatus()))
                                        .orElse(CampaignStatus.UNKNOWN))
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.warnf(
                                    "campaign-service did not tell the status of campaign %s (%s); clicks count it as %s",
                                    key.campaignId(), failure, otherwise);
                            return otherwise;
                        })
                .subscribeAsCompletionStage();
    }

    /** A campaign's status as campaign-service tells it; unspecified or unrecognised is UNKNOWN. */
    static CampaignStatus toDomain(com.creatorplatform.proto.campaign.v1.CampaignStatus status) {
        return switch (status) {
            case CAMPAIGN_STATUS_DRAFT -> CampaignStatus.DRAFT;
            case CAMPAIGN_STATUS_ACTIVE -> CampaignStatus.ACTIVE;
            case CAMPAIGN_STATUS_PAUSED -> CampaignStatus.PAUSED;
            case CAMPAIGN_STATUS_ENDED -> CampaignStatus.ENDED;
            default -> CampaignStatus.UNKNOWN;
        };
    }
}
