package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How a creator is paid for an order. Rates are basis points: 1000 = 10.00 %.")
public record CommissionPlan(
        @NonNull CommissionBasis basis,
        @NonNull int rateBasisPoints,
        Money flatPerOrder,
        @NonNull TierMode tierMode,
        @NonNull List<@NonNull CommissionTier> tiers,
        @NonNull List<@NonNull RevenueBonus> bonuses,
        Money feePerPublishedPost) {

    static CommissionPlan from(com.creatorplatform.proto.common.v1.CommissionPlan plan) {
        TierMode mode = TierMode.fromProto(plan.getTierMode());
        return new CommissionPlan(
                CommissionBasis.fromProto(plan.getBasis()),
                plan.getRateBasisPoints(),
                plan.hasFlatPerOrder() ? Money.of(plan.getFlatPerOrder()) : null,
                mode == null ? TierMode.NONE : mode,
                plan.getTiersList().stream()
                        .map(t -> new CommissionTier(t.getFromMinor(), t.getRateBasisPoints()))
                        .toList(),
                plan.getBonusesList().stream()
                        .map(b -> new RevenueBonus(b.getThresholdMinor(), Money.of(b.getAmount())))
                        .toList(),
                plan.hasFeePerPublishedPost() ? Money.of(plan.getFeePerPublishedPost()) : null);
    }
}
