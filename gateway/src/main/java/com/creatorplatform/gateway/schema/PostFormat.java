package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of post.")
public enum PostFormat {
    REEL,
    VIDEO,
    STORY,
    STREAM,
    NEWSLETTER,
    BLOG;

    static PostFormat fromProto(com.creatorplatform.proto.campaign.v1.PostFormat value) {
        return ProtoEnums.fromProto(value, "POST_FORMAT_", PostFormat.class);
    }

    public static com.creatorplatform.proto.campaign.v1.PostFormat toProto(PostFormat value) {
        return ProtoEnums.toProto(
                value, "POST_FORMAT_", com.creatorplatform.proto.campaign.v1.PostFormat.class);
    }
}
