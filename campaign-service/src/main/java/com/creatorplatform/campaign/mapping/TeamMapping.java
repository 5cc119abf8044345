package com.creatorplatform.campaign.mapping;

import static com.creatorplatform.contract.WireTypes.timestamp;

import com.creatorplatform.campaign.domain.TeamMember;
import com.creatorplatform.campaign.domain.TeamRole;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.proto.campaign.v1.TeamMemberStatus;

/** A brand's team on the wire. */
public final class TeamMapping {

    private TeamMapping() {}

    public static com.creatorplatform.proto.campaign.v1.TeamMember toProto(TeamMember member) {
        var builder =
                com.creatorplatform.proto.campaign.v1.TeamMember.newBuilder()
                        .setId(member.id.toString())
                        .setBrandId(member.brandId.toString())
                        .setEmail(member.email)
                        .setName(member.name)
                        .setRole(
                                EnumNames.toWire(
                                        com.creatorplatform.proto.campaign.v1.TeamRole.class,
                                        "TEAM_ROLE_",
                                        member.role))
                        .setStatus(
                                EnumNames.toWire(
                                        TeamMemberStatus.class,
                                        "TEAM_MEMBER_STATUS_",
                                        member.status))
                        .setInvitedAt(timestamp(member.invitedAt));
        if (member.joinedAt != null) {
            builder.setJoinedAt(timestamp(member.joinedAt));
        }
        return builder.build();
    }

    /** The role a request names; UNSPECIFIED is INVALID_ARGUMENT. */
    public static TeamRole role(com.creatorplatform.proto.campaign.v1.TeamRole wire) {
        return WireEnums.required("role", TeamRole.class, "TEAM_ROLE_", wire);
    }
}
