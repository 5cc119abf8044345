package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * What every credit to a campaign's creator obeys, whatever earned it (a completed order, a
 * published post): the offer version's hold before the money is payable, and the campaign's budget
 * cap (in the credit's currency) when it has one. The cap is the most commission the campaign pays,
 * all kinds alike.
 */
public record CreditTerms(int holdDays, OptionalLong budgetCapMinor) {

    public CreditTerms {
        if (holdDays < 0 || holdDays > 365) {
            throw ApiError.invalidArgument("hold_days must be between 0 and 365, got " + holdDays);
        }
        if (budgetCapMinor.isPresent() && budgetCapMinor.getAsLong() < 0) {
            throw ApiError.invalidArgument("campaign_budget_cap must not be negative");
        }
    }

    /**
     * When money earned at that time (an order's completion, a post's publication) becomes payable.
     */
    public Instant payableAt(Instant earnedAt) {
        return earnedAt.plus(Duration.ofDays(holdDays));
    }

    /**
     * How much of a wanted credit the campaign's budget still allows, given what it has committed
     * so far.
     */
    public long grant(long wantedMinor, long committedMinor) {
        if (wantedMinor <= 0 || budgetCapMinor.isEmpty()) {
            return wantedMinor;
        }
        return Math.min(wantedMinor, Math.max(0, budgetCapMinor.getAsLong() - committedMinor));
    }
}
