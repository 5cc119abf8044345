package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description(
        "A goal's target or progress: `money` for REVENUE (in the campaign's currency), `count` for the other "
                + "metrics; the other field is null.")
public record GoalValue(Long count, Money money) {

    /** A value as campaign-service keeps it: minor units for REVENUE, else a count. */
    public static GoalValue of(GoalMetric metric, long value, String currency) {
        return metric == GoalMetric.REVENUE
                ? new GoalValue(null, Money.of(value, currency))
                : new GoalValue(value, null);
    }
}
