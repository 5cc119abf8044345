package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A post's life: PLANNED → SUBMITTED → APPROVED → PUBLISHED; SUBMITTED → CHANGES_REQUESTED →
 * SUBMITTED; any unpublished post → MISSED once its time has passed. PUBLISHED and MISSED are
 * final.
 */
public enum PostStatus {
    PLANNED,
    SUBMITTED,
    APPROVED,
    PUBLISHED,
    CHANGES_REQUESTED,
    MISSED;

    private Set<PostStatus> next() {
        return switch (this) {
            case PLANNED, CHANGES_REQUESTED -> Set.of(SUBMITTED, MISSED);
            case SUBMITTED -> Set.of(APPROVED, CHANGES_REQUESTED, MISSED);
            case APPROVED -> Set.of(PUBLISHED, MISSED);
            case PUBLISHED, MISSED -> Set.of();
        };
    }

    /** The status after a move to {@code target}, or FAILED_PRECONDITION naming both states. */
    public PostStatus moveTo(PostStatus target) {
        if (!next().contains(target)) {
            throw ApiError.failedPrecondition("a post cannot move from " + this + " to " + target);
        }
        return target;
    }

    /**
     * The states a post may leave for MISSED (every state before publication), read from the moves
     * above.
     */
    public static Set<PostStatus> missable() {
        var missable = EnumSet.noneOf(PostStatus.class);
        Arrays.stream(values())
                .filter(status -> status.next().contains(MISSED))
                .forEach(missable::add);
        return missable;
    }
}
