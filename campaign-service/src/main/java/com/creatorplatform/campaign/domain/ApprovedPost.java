package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.PageCursor;
import java.time.Instant;
import java.util.UUID;

/**
 * A post as the feed of approvals gives it to tracking-service, which makes the post's own link
 * from it: the campaign's landing page and what the link's UTM parameters name.
 */
public record ApprovedPost(
        UUID postId,
        UUID brandId,
        UUID campaignId,
        String campaignName,
        UUID creatorId,
        Platform platform,
        String creatorHandle,
        Instant approvedAt,
        String landingUrl) {

    /** The feed's position right after this post. */
    public String cursor() {
        return new PageCursor(approvedAt, postId).encode();
    }
}
