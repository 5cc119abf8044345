package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostFeeTest {

    @Test
    void aPostFeeIsOneEntryCausedByThePostPayableAfterTheHoldFromPublication() {
        var post = UUID.randomUUID();
        var fee =
                new PostFee(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        post,
                        UUID.randomUUID(),
                        2_500,
                        "EUR",
                        Instant.parse("2026-11-23T18:00:00Z"),
                        "https://instagram.com/p/abc",
                        new CreditTerms(7, OptionalLong.empty()));

        var entry = LedgerEntry.postFee(fee, Instant.parse("2026-11-23T18:00:05Z"));

        assertEquals(LedgerEntryKind.POST_FEE, entry.kind);
        assertEquals(2_500, entry.amountMinor);
        assertEquals("post:" + post, entry.cause);
        assertEquals(post, entry.postId);
        assertEquals(fee.campaignId(), entry.campaignId);
        assertEquals(Instant.parse("2026-11-30T18:00:00Z"), entry.payableAt);
        assertThrows(
                ApiError.class,
                () ->
                        new PostFee(
                                fee.brandId(),
                                fee.campaignId(),
                                fee.creatorId(),
                                post,
                                fee.offerVersionId(),
                                0,
                                "EUR",
                                fee.publishedAt(),
                                fee.publishedUrl(),
                                fee.terms()));
    }
}
