package com.creatorplatform.campaign.domain;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * What a brand's webhook endpoints hear about its posts (ADR 0056): {@code post.submitted} each
 * time a creator submits a draft, {@code post.published} once it is live. Written with the post's
 * change, straight into the deliveries (this service owns them).
 */
public final class PostEvents {

    private PostEvents() {}

    /** A submission; a post submitted again after changes is a new event (its time tells). */
    public static WebhookEvent submitted(Post post, Instant at) {
        return WebhookEvent.of(
                "post:" + post.id + ":submitted:" + at,
                post.brandId,
                "post.submitted",
                at,
                data(post).put("caption", post.caption).encode());
    }

    /** A publication: once per post. */
    public static WebhookEvent published(Post post) {
        return WebhookEvent.of(
                "post:" + post.id + ":published",
                post.brandId,
                "post.published",
                post.publishedAt,
                data(post)
                        .put("caption", post.caption)
                        .put("publishedUrl", post.publishedUrl)
                        .put("paidPartnership", post.paidPartnership)
                        .put("publishedAt", post.publishedAt.toString())
                        .encode());
    }

    private static JsonObject data(Post post) {
        return new JsonObject()
                .put("postId", post.id.toString())
                .put("campaignId", post.campaignId.toString())
                .put("creatorId", post.creatorId.toString())
                .put("platform", post.platform.name())
                .put("format", post.format.name())
                .put("scheduledAt", post.scheduledAt.toString());
    }
}
