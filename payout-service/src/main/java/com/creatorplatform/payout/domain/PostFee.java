package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.util.UUID;

/**
 * The fee a published post earns its creator under the offer version in effect when it was
 * published (hybrid deals), as campaign-service's feed of publications reports it.
 */
public record PostFee(
        UUID brandId,
        UUID campaignId,
        UUID creatorId,
        UUID postId,
        UUID offerVersionId,
        long amountMinor,
        String currency,
        Instant publishedAt,
        String publishedUrl,
        CreditTerms terms) {

    public PostFee {
        if (amountMinor <= 0) {
            throw ApiError.invalidArgument(
                    "fee_per_published_post must be positive, got " + amountMinor);
        }
    }
}
