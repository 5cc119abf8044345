package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import java.util.Set;

/** A payout run's life: DRAFT → APPROVED → PAID, or FAILED when the payment provider refused it. */
public enum PayoutRunStatus {
    DRAFT,
    APPROVED,
    PAID,
    FAILED;

    private Set<PayoutRunStatus> next() {
        return switch (this) {
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
