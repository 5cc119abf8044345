package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * A campaign's cadence: at most {@code maxPerWeek} posts of one creator in any ISO week (Monday to
 * Sunday, UTC). Missed posts no longer hold their slot, so a missed post can be planned again.
 */
public record CadenceRule(int maxPerWeek) {

    public static final int MAX = 100;

    public static CadenceRule of(int maxPerWeek) {
        if (maxPerWeek < 1 || maxPerWeek > MAX) {
            throw ApiError.invalidArgument(
                    "max_posts_per_creator_per_week must be between 1 and "
                            + MAX
                            + ", got "
                            + maxPerWeek);
        }
        return new CadenceRule(maxPerWeek);
    }

    /** Refuses a post at {@code at} when the creator's other live posts already fill its week. */
    public void requireRoom(Instant at, List<Instant> creatorsLivePosts) {
        String week = isoWeek(at);
        long taken =
                creatorsLivePosts.stream().filter(other -> isoWeek(other).equals(week)).count();
        if (taken >= maxPerWeek) {
            throw ApiError.failedPrecondition(
                    "the creator already has "
                            + taken
                            + " posts in week "
                            + week
                            + "; the campaign allows at most "
                            + maxPerWeek
                            + " per week");
        }
    }

    static String isoWeek(Instant at) {
        var date = at.atZone(ZoneOffset.UTC).toLocalDate();
        return String.format(
                "%d-W%02d",
                date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
