package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description(
        "NONE: the plan rate applies; MARGINAL: each slice of revenue at its tier rate; WHOLE: the highest tier reached sets the rate for all.")
public enum TierMode {
    NONE,
    MARGINAL,
    WHOLE;

    static TierMode fromProto(com.creatorplatform.proto.common.v1.TierMode value) {
        return ProtoEnums.fromProto(value, "TIER_MODE_", TierMode.class);
    }

    public static com.creatorplatform.proto.common.v1.TierMode toProto(TierMode value) {
        return ProtoEnums.toProto(
                value, "TIER_MODE_", com.creatorplatform.proto.common.v1.TierMode.class);
    }
}
