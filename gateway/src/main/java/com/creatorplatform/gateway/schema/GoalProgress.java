package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "How far a goal is: `current` counts like `target` (net revenue after refunds, orders, human clicks or "
                + "published posts) over `period`, the goal's timeframe up to today.")
public record GoalProgress(
        @NonNull Period period,
        @NonNull GoalValue current,
        @NonNull GoalValue target,
        @Description("current / target; 1 or more once reached.") @NonNull double ratio,
        @NonNull boolean reached) {}
