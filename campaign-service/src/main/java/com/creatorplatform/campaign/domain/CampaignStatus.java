package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import java.util.Set;

/** A campaign's life: DRAFT → ACTIVE ⇄ PAUSED → ENDED. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED;

    private Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE);
            case ACTIVE -> Set.of(PAUSED, ENDED);
            case PAUSED -> Set.of(ACTIVE, ENDED);
            case ENDED -> Set.of();
        };
    }

    /** The status after a move to {@code target}, or FAILED_PRECONDITION naming both states. */
    public CampaignStatus moveTo(CampaignStatus target) {
        if (!next().contains(target)) {
            throw ApiError.failedPrecondition(
                    "a campaign cannot move from " + this + " to " + target);
        }
        return target;
    }
}
