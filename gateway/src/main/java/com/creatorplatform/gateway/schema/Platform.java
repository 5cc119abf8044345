package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a creator publishes.")
public enum Platform {
    INSTAGRAM, TIKTOK, YOUTUBE, TWITCH, NEWSLETTER, BLOG;

    static Platform fromProto(com.creatorplatform.proto.campaign.v1.Platform value) {
        return ProtoEnums.fromProto(value, "PLATFORM_", Platform.class);
    }

    public static com.creatorplatform.proto.campaign.v1.Platform toProto(Platform value) {
        return ProtoEnums.toProto(value, "PLATFORM_", com.creatorplatform.proto.campaign.v1.Platform.class);
    }
}
