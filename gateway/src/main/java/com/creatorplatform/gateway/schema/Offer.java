package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "One version of a campaign's offer, in effect from effectiveFrom until the next version; never rewritten.")
public record Offer(
        @Id @NonNull String id,
        @Id @NonNull String campaignId,
        @NonNull Instant effectiveFrom,
        @NonNull CommissionPlan plan,
        @NonNull int audienceDiscountPercent,
        @NonNull int attributionWindowDays,
        @NonNull int holdDays,
        @NonNull AttributionPriority priority) {

    public static Offer from(com.creatorplatform.proto.campaign.v1.Offer offer) {
        AttributionPriority priority = AttributionPriority.fromProto(offer.getPriority());
        return new Offer(
                offer.getId(),
                offer.getCampaignId(),
                WireTypes.instant(offer.getEffectiveFrom()),
                CommissionPlan.from(offer.getPlan()),
                offer.getAudienceDiscountPercent(),
                offer.getAttributionWindowDays(),
                offer.getHoldDays(),
                priority == null ? AttributionPriority.CODE_WINS : priority);
    }
}
