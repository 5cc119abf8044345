package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import java.util.Set;

/**
 * A payout run's life: COMPUTING (statements being written in the background) → DRAFT → APPROVED →
 * PAID, or FAILED when the payment provider refused it.
 */
public enum PayoutRunStatus {
    COMPUTING,
    DRAFT,
    APPROVED,
    PAID,
    FAILED;

    private Set<PayoutRunStatus> next() {
        return switch (this) {
            case COMPUTING -> Set.of(DRAFT);
            case DRAFT -> Set.of(APPROVED);
            case APPROVED -> Set.of(PAID, FAILED);
            case PAID, FAILED -> Set.of();
        };
    }

    /** The status after a move to {@code target}, or FAILED_PRECONDITION naming both states. */
    public PayoutRunStatus moveTo(PayoutRunStatus target) {
        if (!next().contains(target)) {
            throw ApiError.failedPrecondition(
                    "a payout run cannot move from " + this + " to " + target);
        }
        return target;
    }
}
