package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What a campaign goal counts.")
public enum GoalMetric {
    REVENUE,
    ORDERS,
    CLICKS,
    PUBLISHED_POSTS;

    static GoalMetric fromProto(com.creatorplatform.proto.campaign.v1.GoalMetric value) {
        return ProtoEnums.fromProto(value, "GOAL_METRIC_", GoalMetric.class);
    }

    public static com.creatorplatform.proto.campaign.v1.GoalMetric toProto(GoalMetric value) {
        return ProtoEnums.toProto(
                value, "GOAL_METRIC_", com.creatorplatform.proto.campaign.v1.GoalMetric.class);
    }
}
