package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.PageCursor;
import java.time.Instant;
import java.util.UUID;

/**
 * A post as the feed of publications gives it to the services that act on publications: where it
 * links to, and the terms of the offer version in effect when it was published (null when the
 * campaign had none then). Money is in the campaign's currency.
 */
public record PublishedPost(
        UUID postId,
        UUID brandId,
        UUID campaignId,
        String campaignName,
        UUID creatorId,
        Platform platform,
        String creatorHandle,
        Instant publishedAt,
        String publishedUrl,
        String landingUrl,
        UUID offerId,
        Long feePerPublishedPostMinor,
        Integer holdDays,
        Long budgetCapMinor,
        String currency) {

    /** The feed's position right after this post. */
    public String cursor() {
        return new PageCursor(publishedAt, postId).encode();
    }
}
