package com.creatorplatform.tracking.clicks;

import com.creatorplatform.tracking.client.CampaignStatuses;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Resolves link codes for the redirect from memory, with their campaign's status ({@link
 * CampaignStatuses}), reading the database or asking campaign-service only on a miss. Links do not
 * change once made, so entries live long; unknown codes are remembered briefly so that a flood of
 * bad codes does not reach the database.
 */
@Singleton
public class LinkDirectory {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{10,32}");

    /** What one click needs: the link, and its campaign's status at the time of the click. */
    public record Resolved(LinkTarget link, CampaignStatus campaignStatus) {}

    private final Pool db;
    private final CampaignStatuses statuses;
    // The caches' upkeep runs on the redirect's thread (a few entries at a time) rather than being
    // handed to the common pool: waking a pool thread for it cost more CPU than the upkeep itself.
    private final Cache<String, LinkTarget> known =
            Caffeine.newBuilder()
                    .executor(Runnable::run)
                    .maximumSize(200_000)
                    .expireAfterAccess(Duration.ofHours(6))
                    .build();
    private final Cache<String, Boolean> unknown =
            Caffeine.newBuilder()
                    .executor(Runnable::run)
                    .maximumSize(100_000)
                    .expireAfterWrite(Duration.ofSeconds(30))
                    .build();

    LinkDirectory(Pool db, CampaignStatuses statuses) {
        this.db = db;
        this.statuses = statuses;
    }

    /**
     * The link and its campaign's status from memory, or null when either is not in memory (use
     * {@link #load}).
     */
    public Resolved cached(String code) {
        LinkTarget link = known.getIfPresent(code);
        if (link == null) {
            return null;
        }
        CompletableFuture<CampaignStatus> status = statuses.of(link.brandId(), link.campaignId());
        return status.isDone() ? new Resolved(link, status.join()) : null;
    }

    /**
     * Looks up what is not in memory (the link in the database, its campaign's status); empty when
     * no such link exists.
     */
    public Uni<Optional<Resolved>> load(String code) {
        LinkTarget cached = known.getIfPresent(code);
        return (cached != null ? Uni.createFrom().item(cached) : fromDatabase(code))
                .onItem()
                .ifNotNull()
                .transformToUni(
                        link ->
                                Uni.createFrom()
                                        .completionStage(
                                                statuses.of(link.brandId(), link.campaignId()))
                                        .map(status -> new Resolved(link, status)))
                .map(Optional::ofNullable);
    }

    /** The link, or null when there is none. */
    private Uni<LinkTarget> fromDatabase(String code) {
        if (!CODE.matcher(code).matches() || unknown.getIfPresent(code) != null) {
            return Uni.createFrom().nullItem();
        }
        return db.preparedQuery(
                        """
                        select id, brand_id, campaign_id, creator_id, post_id, platform, redirect_url from tracking_link where code = $1""")
                .execute(Tuple.of(code))
                .map(
                        rows -> {
                            var it = rows.iterator();
                            if (!it.hasNext()) {
                                unknown.put(code, Boolean.TRUE);
                                return null;
                            }
                            LinkTarget target = toTarget(it.next());
                            known.put(code, target);
                            return target;
                        });
    }

    private static LinkTarget toTarget(Row row) {
        return new LinkTarget(
                row.getUUID("id"),
                row.getUUID("brand_id"),
                row.getUUID("campaign_id"),
                row.getUUID("creator_id"),
                row.getUUID("post_id"),
                row.getString("platform"),
                row.getString("redirect_url"));
    }
}
