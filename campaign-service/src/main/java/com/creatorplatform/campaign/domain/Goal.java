package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A target a campaign aims for within a timeframe. An absent start or end means the campaign's own
 * date, so that moving the campaign moves its goals with it.
 */
@Embeddable
public class Goal {

    @Enumerated(EnumType.STRING)
    public GoalMetric metric;

    public long target;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public static Goal of(GoalMetric metric, long target, LocalDate startsOn, LocalDate endsOn) {
        if (target <= 0) {
            throw ApiError.invalidArgument(
                    "goal " + metric + ": target must be positive, got " + target);
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw ApiError.invalidArgument(
                    "goal "
                            + metric
                            + ": timeframe ends "
                            + endsOn
                            + " before it starts "
                            + startsOn);
        }
        var goal = new Goal();
        goal.metric = metric;
        goal.target = target;
        goal.startsOn = startsOn;
        goal.endsOn = endsOn;
        return goal;
    }
}
