package com.creatorplatform.campaign.mapping;

import static com.creatorplatform.contract.WireTypes.date;
import static com.creatorplatform.contract.WireTypes.timestamp;

import com.creatorplatform.campaign.domain.Brand;
import com.creatorplatform.campaign.domain.Campaign;
import com.creatorplatform.campaign.domain.Goal;
import com.creatorplatform.campaign.domain.GoalMetric;
import com.creatorplatform.campaign.service.CampaignPlanner;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.Money;
import java.util.List;

/** Protobuf ⇄ domain, and nothing else. */
public final class CampaignMapping {

    private CampaignMapping() {}

    public static com.creatorplatform.proto.campaign.v1.Brand toProto(Brand brand) {
        return com.creatorplatform.proto.campaign.v1.Brand.newBuilder()
                .setId(brand.id.toString())
                .setName(brand.name)
                .setCurrency(brand.currency)
                .addAllAllowedDomains(List.of(brand.allowedDomains))
                .setMinimumPayout(
                        Money.newBuilder()
                                .setAmountMinor(brand.minimumPayoutMinor)
                                .setCurrency(brand.currency))
                .setCreatedAt(timestamp(brand.createdAt))
                .setTimeZone(brand.timeZone)
                .build();
    }

    public static com.creatorplatform.proto.campaign.v1.Campaign toProto(Campaign campaign) {
        var builder =
                com.creatorplatform.proto.campaign.v1.Campaign.newBuilder()
                        .setId(campaign.id.toString())
                        .setBrandId(campaign.brandId.toString())
                        .setName(campaign.name)
                        .setStatus(
                                EnumNames.toWire(
                                        CampaignStatus.class, "CAMPAIGN_STATUS_", campaign.status))
                        .setLandingUrl(campaign.landingUrl)
                        .setCurrency(campaign.currency)
                        .setStartsOn(date(campaign.startsOn))
                        .setEndsOn(date(campaign.endsOn))
                        .setCreatedAt(timestamp(campaign.createdAt))
                        .addAllGoals(campaign.goals.stream().map(CampaignMapping::toProto).toList())
                        .addAllTargetNiches(List.of(campaign.targetNiches))
                        .addAllTargetCountries(List.of(campaign.targetCountries));
        if (campaign.maxPostsPerCreatorPerWeek != null) {
            builder.setMaxPostsPerCreatorPerWeek(campaign.maxPostsPerCreatorPerWeek);
        }
        if (campaign.budgetCapMinor != null) {
            builder.setBudgetCap(
                    Money.newBuilder()
                            .setAmountMinor(campaign.budgetCapMinor)
                            .setCurrency(campaign.currency));
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
                request.hasBudgetCap() ? request.getBudgetCap().getCurrency() : null,
                toGoals(request.getGoalsList()),
                request.getTargetNichesList(),
                request.getTargetCountriesList());
    }

    public static com.creatorplatform.campaign.domain.CampaignStatus toStatus(
            CampaignStatus status) {
        return WireEnums.required(
                "status",
                com.creatorplatform.campaign.domain.CampaignStatus.class,
                "CAMPAIGN_STATUS_",
                status);
    }

    public static List<Goal> toGoals(List<com.creatorplatform.proto.campaign.v1.Goal> goals) {
        return goals.stream()
                .map(
                        goal ->
                                Goal.of(
                                        WireEnums.required(
                                                "goals.metric",
                                                GoalMetric.class,
                                                "GOAL_METRIC_",
                                                goal.getMetric()),
                                        goal.getTarget(),
                                        WireTypes.optionalDate(
                                                "goals.timeframe.from",
                                                goal.getTimeframe().getFrom()),
                                        WireTypes.optionalDate(
                                                "goals.timeframe.to", goal.getTimeframe().getTo())))
                .toList();
    }

    private static com.creatorplatform.proto.campaign.v1.Goal toProto(Goal goal) {
        return com.creatorplatform.proto.campaign.v1.Goal.newBuilder()
                .setMetric(
                        EnumNames.toWire(
                                com.creatorplatform.proto.campaign.v1.GoalMetric.class,
                                "GOAL_METRIC_",
                                goal.metric))
                .setTarget(goal.target)
                .setTimeframe(
                        DateRange.newBuilder()
                                .setFrom(date(goal.startsOn))
                                .setTo(date(goal.endsOn)))
                .build();
    }
}
