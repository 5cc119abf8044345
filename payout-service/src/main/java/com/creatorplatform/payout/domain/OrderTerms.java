package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The terms of the offer version an order was attributed under: its plan, its hold period, and the
 * campaign's budget cap (in the order's currency) when it has one.
 */
public record OrderTerms(CommissionPlan plan, int holdDays, OptionalLong budgetCapMinor) {

    public OrderTerms {
        if (holdDays < 0 || holdDays > 365) {
            throw ApiError.invalidArgument("hold_days must be between 0 and 365, got " + holdDays);
        }
        if (budgetCapMinor.isPresent() && budgetCapMinor.getAsLong() < 0) {
            throw ApiError.invalidArgument("campaign_budget_cap must not be negative");
        }
    }

    /** When money earned by an order completed at that time becomes payable. */
    public Instant payableAt(Instant completedAt) {
        return completedAt.plus(Duration.ofDays(holdDays));
    }

    /** How much of a wanted credit the campaign's budget still allows, given what it has committed so far. */
    public long grant(long wantedMinor, long committedMinor) {
        if (wantedMinor <= 0 || budgetCapMinor.isEmpty()) {
            return wantedMinor;
        }
        return Math.min(wantedMinor, Math.max(0, budgetCapMinor.getAsLong() - committedMinor));
    }
}
