package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.TeamMemberStatus;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A person of the brand's team: INVITED until they redeem their invitation, then ACTIVE.")
public record TeamMember(
        @Id @NonNull String id,
        @NonNull @Description("The address, which is also the login.") String email,
        @NonNull String name,
        @NonNull TeamRole role,
        @NonNull @Description("INVITED or ACTIVE.") String status,
        @NonNull Instant invitedAt,
        @Description("When they joined; null while invited.") Instant joinedAt) {

    public static TeamMember from(com.creatorplatform.proto.campaign.v1.TeamMember member) {
        return new TeamMember(
                member.getId(),
                member.getEmail(),
                member.getName(),
                TeamRole.fromProto(member.getRole()),
                member.getStatus() == TeamMemberStatus.TEAM_MEMBER_STATUS_ACTIVE
                        ? "ACTIVE"
                        : "INVITED",
                WireTypes.instant(member.getInvitedAt()),
                member.hasJoinedAt() ? WireTypes.instant(member.getJoinedAt()) : null);
    }
}
