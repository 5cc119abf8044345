package com.creatorplatform.gateway.schema;

import java.util.Arrays;
import org.eclipse.microprofile.graphql.Description;

@Description("Where a creator publishes.")
public enum Platform {
    INSTAGRAM,
    TIKTOK,
    YOUTUBE,
    TWITCH,
    NEWSLETTER,
    BLOG;

    static Platform fromProto(com.creatorplatform.proto.campaign.v1.Platform value) {
        return ProtoEnums.fromProto(value, "PLATFORM_", Platform.class);
    }

    public static com.creatorplatform.proto.campaign.v1.Platform toProto(Platform value) {
        return ProtoEnums.toProto(
                value, "PLATFORM_", com.creatorplatform.proto.campaign.v1.Platform.class);
    }

    /**
     * A platform as tracking-service names it (these names); null for none or one this gateway does
     * not know.
     */
    static Platform fromName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The name tracking-service takes; empty for none. */
    public static String toName(Platform value) {
        return value == null ? "" : value.name();
    }
}
