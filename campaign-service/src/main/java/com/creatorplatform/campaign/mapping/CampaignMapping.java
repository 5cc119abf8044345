package com.creatorplatform.campaign.mapping;

import static com.creatorplatform.contract.WireTypes.date;
import static com.creatorplatform.contract.WireTypes.timestamp;

import com.creatorplatform.campaign.domain.Brand;
import com.creatorplatform.campaign.domain.Campaign;
import com.creatorplatform.campaign.service.CampaignPlanner;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.common.v1.Money;
import java.util.List;

/** Protobuf ⇄ domain, and nothing else. */
public final class CampaignMapping {

    private CampaignMapping() {
    }

    public static com.creatorplatform.proto.campaign.v1.Brand toProto(Brand brand) {
        return com.creatorplatform.proto.campaign.v1.Brand.newBuilder()
                .setId(brand.id.toString())
                .setName(brand.name)
                .setCurrency(brand.currency)
                .addAllAllowedDomains(List.of(brand.allowedDomains))
                .setMinimumPayout(Money.newBuilder().setAmountMinor(brand.minimumPayoutMinor).setCurrency(brand.currency))
                .setCreatedAt(timestamp(brand.createdAt))
                .build();
    }

    public static com.creatorplatform.proto.campaign.v1.Campaign toProto(Campaign campaign) {
        var builder = com.creatorplatform.proto.campaign.v1.Campaign.newBuilder()
                .setId(campaign.id.toString())
                .setBrandId(campaign.brandId.toString())
                .setName(campaign.name)
                .setStatus(CampaignStatus.valueOf("CAMPAIGN_STATUS_" + campaign.status.name()))
                .setLandingUrl(campaign.landingUrl)
                .setStartsOn(date(campaign.startsOn))
                .setEndsOn(date(campaign.endsOn))
                .setCreatedAt(timestamp(campaign.createdAt));
        if (campaign.budgetCapMinor != null) {
            builder.setBudgetCap(Money.newBuilder().setAmountMinor(campaign.budgetCapMinor).setCurrency(campaign.currency));
        }
        return builder.build();
    }

    public static CampaignPlanner.Draft toDraft(CreateCampaignRequest request) {
        return new CampaignPlanner.Draft(
                Ids.parse("brand_id", request.getBrandId()),
                request.getName(),
                request.getLandingUrl(),
                WireTypes.optionalDate("starts_on", request.getStartsOn()),
                WireTypes.optionalDate("ends_on", request.getEndsOn()),
                request.hasBudgetCap() ? request.getBudgetCap().getAmountMinor() : null,
                request.hasBudgetCap() ? request.getBudgetCap().getCurrency() : null);
    }
}
