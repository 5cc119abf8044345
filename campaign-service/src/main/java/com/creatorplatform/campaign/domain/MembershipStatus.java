package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import java.util.Set;

/**
 * A creator's place in a campaign: SHORTLISTED → INVITED → ACTIVE → RETIRED, or INVITED → DECLINED.
 * A shortlisted or invited creator may also be RETIRED (taken off the list, invitation withdrawn);
 * RETIRED and DECLINED are final.
 */
public enum MembershipStatus {
    SHORTLISTED,
    INVITED,
    ACTIVE,
    RETIRED,
    DECLINED;

    private Set<MembershipStatus> next() {
        return switch (this) {
            case SHORTLISTED -> Set.of(INVITED, RETIRED);
            case INVITED -> Set.of(ACTIVE, DECLINED, RETIRED);
            case ACTIVE -> Set.of(RETIRED);
            case RETIRED, DECLINED -> Set.of();
        };
    }

    /** The status after a move to {@code target}, or FAILED_PRECONDITION naming both states. */
    public MembershipStatus moveTo(MembershipStatus target) {
        if (!next().contains(target)) {
            throw ApiError.failedPrecondition(
                    "a membership cannot move from " + this + " to " + target);
        }
        return target;
    }
}
