package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("PERCENT of the order amount, or a FLAT sum per completed order.")
public enum CommissionBasis {
    PERCENT,
    FLAT;

    static CommissionBasis fromProto(com.creatorplatform.proto.common.v1.CommissionBasis value) {
        return ProtoEnums.fromProto(value, "COMMISSION_BASIS_", CommissionBasis.class);
    }

    public static com.creatorplatform.proto.common.v1.CommissionBasis toProto(
            CommissionBasis value) {
        return ProtoEnums.toProto(
                value,
                "COMMISSION_BASIS_",
                com.creatorplatform.proto.common.v1.CommissionBasis.class);
    }
}
