package com.creatorplatform.tracking.click;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves link codes for the redirect from memory, reading the database only on a miss. Links do
 * not change once made, so entries live long; unknown codes are remembered briefly so that a flood
 * of bad codes does not reach the database.
 */
@ApplicationScoped
public class LinkDirectory {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{10,32}");

    private final Pool db;
    private final Cache<String, LinkTarget> known = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterAccess(Duration.ofHours(6)).build();
    private final Cache<String, Boolean> unknown = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(30)).build();

    LinkDirectory(Pool db) {
        this.db = db;
    }

    /** The cached target, or null when the code is not in memory (use {@link #load}). */
    public LinkTarget cached(String code) {
        return known.getIfPresent(code);
    }

    /** Looks the code up in the database; empty when no such link exists. */
    public Uni<Optional<LinkTarget>> load(String code) {
        if (!CODE.matcher(code).matches() || unknown.getIfPresent(code) != null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return db.preparedQuery("select id, brand_id, campaign_id, creator_id, post_id, redirect_url from tracking_link where code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        unknown.put(code, Boolean.TRUE);
                        return Optional.<LinkTarget>empty();
                    }
                    LinkTarget target = toTarget(it.next());
                    known.put(code, target);
                    return Optional.of(target);
                });
    }

    private static LinkTarget toTarget(Row row) {
        return new LinkTarget(row.getUUID("id"), row.getUUID("brand_id"), row.getUUID("campaign_id"), row.getUUID("creator_id"),
                row.getUUID("post_id"), row.getString("redirect_url"));
    }
}
