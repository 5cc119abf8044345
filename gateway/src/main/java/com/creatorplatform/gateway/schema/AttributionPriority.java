package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description(
        "Whether a discount code (CODE_WINS, the default) or a qualifying click (LINK_WINS) attributes an order that has both.")
public enum AttributionPriority {
    CODE_WINS,
    LINK_WINS;

    static AttributionPriority fromProto(
            com.creatorplatform.proto.campaign.v1.AttributionPriority value) {
        return ProtoEnums.fromProto(value, "ATTRIBUTION_PRIORITY_", AttributionPriority.class);
    }

    public static com.creatorplatform.proto.campaign.v1.AttributionPriority toProto(
            AttributionPriority value) {
        return ProtoEnums.toProto(
                value,
                "ATTRIBUTION_PRIORITY_",
                com.creatorplatform.proto.campaign.v1.AttributionPriority.class);
    }
}
