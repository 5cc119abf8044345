package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A creator's place in one campaign; each step keeps its time, so the history stays readable.")
public record Membership(
        @Id @NonNull String id,
        @Id @NonNull String campaignId,
        @Id @NonNull String creatorId,
        @NonNull MembershipStatus status,
        String invitationMessage,
        String retireReason,
        Instant shortlistedAt,
        Instant invitedAt,
        Instant acceptedAt,
        Instant declinedAt,
        Instant retiredAt,
        /* The brand the service answered it for: related records are read in that brand. */ @Ignore
                String brandId) {

    public static Membership from(com.creatorplatform.proto.campaign.v1.Membership m) {
        return new Membership(
                m.getId(),
                m.getCampaignId(),
                m.getCreatorId(),
                MembershipStatus.fromProto(m.getStatus()),
                blankToNull(m.getInvitationMessage()),
                blankToNull(m.getRetireReason()),
                time(m.hasShortlistedAt(), m.getShortlistedAt()),
                time(m.hasInvitedAt(), m.getInvitedAt()),
                time(m.hasAcceptedAt(), m.getAcceptedAt()),
                time(m.hasDeclinedAt(), m.getDeclinedAt()),
                time(m.hasRetiredAt(), m.getRetiredAt()),
                m.getBrandId());
    }

    static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    static Instant time(boolean present, Timestamp timestamp) {
        return present ? WireTypes.instant(timestamp) : null;
    }
}
