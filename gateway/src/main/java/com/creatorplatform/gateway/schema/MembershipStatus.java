package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description(
        "SHORTLISTED → INVITED → ACTIVE → RETIRED, or INVITED → DECLINED; SHORTLISTED and INVITED may be RETIRED too.")
public enum MembershipStatus {
    SHORTLISTED,
    INVITED,
    ACTIVE,
    RETIRED,
    DECLINED;

    static MembershipStatus fromProto(
            com.creatorplatform.proto.campaign.v1.MembershipStatus value) {
        return ProtoEnums.fromProto(value, "MEMBERSHIP_STATUS_", MembershipStatus.class);
    }

    public static com.creatorplatform.proto.campaign.v1.MembershipStatus toProto(
            MembershipStatus value) {
        return ProtoEnums.toProto(
                value,
                "MEMBERSHIP_STATUS_",
                com.creatorplatform.proto.campaign.v1.MembershipStatus.class);
    }
}
