package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("What a member of a brand's team may do: an ADMIN changes everything, a VIEWER reads.")
public enum TeamRole {
    ADMIN,
    VIEWER;

    static TeamRole fromProto(com.creatorplatform.proto.campaign.v1.TeamRole value) {
        return ProtoEnums.fromProto(value, "TEAM_ROLE_", TeamRole.class);
    }

    public static com.creatorplatform.proto.campaign.v1.TeamRole toProto(TeamRole value) {
        return ProtoEnums.toProto(
                value, "TEAM_ROLE_", com.creatorplatform.proto.campaign.v1.TeamRole.class);
    }
}
