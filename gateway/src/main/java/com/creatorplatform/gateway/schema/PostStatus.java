package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description(
        "PLANNED → SUBMITTED → APPROVED → PUBLISHED; SUBMITTED → CHANGES_REQUESTED → SUBMITTED; MISSED when unpublished 24 h after its time.")
public enum PostStatus {
    PLANNED,
    SUBMITTED,
    APPROVED,
    PUBLISHED,
    CHANGES_REQUESTED,
    MISSED;

    static PostStatus fromProto(com.creatorplatform.proto.campaign.v1.PostStatus value) {
        return ProtoEnums.fromProto(value, "POST_STATUS_", PostStatus.class);
    }

    public static com.creatorplatform.proto.campaign.v1.PostStatus toProto(PostStatus value) {
        return ProtoEnums.toProto(
                value, "POST_STATUS_", com.creatorplatform.proto.campaign.v1.PostStatus.class);
    }
}
