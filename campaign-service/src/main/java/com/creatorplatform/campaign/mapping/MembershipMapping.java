package com.creatorplatform.campaign.mapping;

import com.creatorplatform.campaign.domain.Membership;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.MembershipStatus;
import java.time.Instant;
import java.util.function.Consumer;

/** Memberships: domain → protobuf, and nothing else. */
public final class MembershipMapping {

    private MembershipMapping() {}

    public static com.creatorplatform.proto.campaign.v1.Membership toProto(Membership membership) {
        var builder =
                com.creatorplatform.proto.campaign.v1.Membership.newBuilder()
                        .setId(membership.id.toString())
                        .setBrandId(membership.brandId.toString())
                        .setCampaignId(membership.campaignId.toString())
                        .setCreatorId(membership.creatorId.toString())
                        .setStatus(
                                EnumNames.toWire(
                                        MembershipStatus.class,
                                        "MEMBERSHIP_STATUS_",
                                        membership.status))
                        .setShortlistedAt(WireTypes.timestamp(membership.shortlistedAt));
        if (membership.invitationMessage != null) {
            builder.setInvitationMessage(membership.invitationMessage);
        }
        if (membership.retireReason != null) {
            builder.setRetireReason(membership.retireReason);
        }
        set(membership.invitedAt, t -> builder.setInvitedAt(WireTypes.timestamp(t)));
        set(membership.acceptedAt, t -> builder.setAcceptedAt(WireTypes.timestamp(t)));
        set(membership.declinedAt, t -> builder.setDeclinedAt(WireTypes.timestamp(t)));
        set(membership.retiredAt, t -> builder.setRetiredAt(WireTypes.timestamp(t)));
        return builder.build();
    }

    private static void set(Instant time, Consumer<Instant> setter) {
        if (time != null) {
            setter.accept(time);
        }
    }
}
