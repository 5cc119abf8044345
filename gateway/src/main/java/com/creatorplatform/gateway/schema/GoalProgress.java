package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "How far a goal is: `current` counts like `target` (net revenue in minor units after refunds, orders, or "
                + "human clicks) over `period`, the goal's timeframe up to today.")
public record GoalProgress(
        @NonNull Period period,
        @NonNull long current,
        @NonNull long target,
        @Description("current / target; 1 or more once reached.") @NonNull double ratio,
        @NonNull boolean reached) {

    public static GoalProgress of(Period period, long current, long target) {
        double ratio = target == 0 ? 1 : (double) current / target;
        return new GoalProgress(period, current, target, ratio, current >= target);
    }
}
