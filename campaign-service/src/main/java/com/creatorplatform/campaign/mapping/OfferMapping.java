package com.creatorplatform.campaign.mapping;

import static com.creatorplatform.contract.WireTypes.timestamp;

import com.creatorplatform.campaign.domain.AttributionPriority;
import com.creatorplatform.campaign.domain.Offer;
import com.creatorplatform.campaign.domain.ResolvedOffer;
import com.creatorplatform.campaign.repository.OfferRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PlanTerms;
import com.creatorplatform.contract.PlanTerms.Amount;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.campaign.v1.OfferQuery;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.common.v1.CommissionTier;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.RevenueBonus;
import java.util.List;

/** Offers: protobuf ⇄ domain, and nothing else. */
public final class OfferMapping {

    private OfferMapping() {}

    public static Offer.Terms toTerms(PublishOfferRequest request) {
        var plan = request.getPlan();
        return new Offer.Terms(
                request.hasEffectiveFrom() ? WireTypes.instant(request.getEffectiveFrom()) : null,
                new PlanTerms.Draft(
                        WireEnums.optional(
                                "plan.basis",
                                PlanTerms.Basis.class,
                                "COMMISSION_BASIS_",
                                plan.getBasis()),
                        plan.getRateBasisPoints(),
                        plan.hasFlatPerOrder() ? toAmount(plan.getFlatPerOrder()) : null,
                        WireEnums.optional(
                                "plan.tier_mode",
                                PlanTerms.TierMode.class,
                                "TIER_MODE_",
                                plan.getTierMode()),
                        plan.getTiersList().stream()
                                .map(
                                        t ->
                                                new PlanTerms.Tier(
                                                        t.getFromMinor(), t.getRateBasisPoints()))
                                .toList(),
                        plan.getBonusesList().stream()
                                .map(
                                        b ->
                                                new PlanTerms.DraftBonus(
                                                        b.getThresholdMinor(),
                                                        toAmount(b.getAmount())))
                                .toList(),
                        plan.hasFeePerPublishedPost()
                                ? toAmount(plan.getFeePerPublishedPost())
                                : null),
                request.getAudienceDiscountPercent(),
                request.hasAttributionWindowDays() ? request.getAttributionWindowDays() : null,
                request.hasHoldDays() ? request.getHoldDays() : null,
                WireEnums.optional(
                        "priority",
                        AttributionPriority.class,
                        "ATTRIBUTION_PRIORITY_",
                        request.getPriority()));
    }

    public static List<OfferRepository.Question> toQuestions(List<OfferQuery> queries) {
        if (queries.size() > Ids.MAX_BATCH) {
            throw ApiError.invalidArgument(
                    "queries takes at most " + Ids.MAX_BATCH + " queries, got " + queries.size());
        }
        return queries.stream()
                .map(
                        q -> {
                            if (!q.hasAt()) {
                                throw ApiError.invalidArgument("queries.at is required");
                            }
                            return new OfferRepository.Question(
                                    Ids.parse("queries.campaign_id", q.getCampaignId()),
                                    WireTypes.instant(q.getAt()));
                        })
                .toList();
    }

    public static com.creatorplatform.proto.campaign.v1.ResolvedOffer toProto(
            ResolvedOffer resolved, List<OfferQuery> queries) {
        var builder =
                com.creatorplatform.proto.campaign.v1.ResolvedOffer.newBuilder()
                        .setQuery(queries.get(resolved.query()))
                        .setOffer(toProto(resolved.offer()))
                        .setCampaignStatus(
                                EnumNames.toWire(
                                        CampaignStatus.class,
                                        "CAMPAIGN_STATUS_",
                                        resolved.campaignStatus()));
        if (resolved.budgetCapMinor() != null) {
            builder.setBudgetCap(money(resolved.budgetCapMinor(), resolved.offer().plan.currency));
        }
        return builder.build();
    }

    public static com.creatorplatform.proto.campaign.v1.Offer toProto(Offer offer) {
        var plan = offer.plan;
        var wirePlan =
                com.creatorplatform.proto.common.v1.CommissionPlan.newBuilder()
                        .setBasis(
                                EnumNames.toWire(
                                        com.creatorplatform.proto.common.v1.CommissionBasis.class,
                                        "COMMISSION_BASIS_",
                                        plan.basis))
                        .setRateBasisPoints(plan.rateBasisPoints)
                        .setTierMode(
                                EnumNames.toWire(
                                        com.creatorplatform.proto.common.v1.TierMode.class,
                                        "TIER_MODE_",
                                        plan.tierMode))
                        .addAllTiers(
                                plan.tiers().stream()
                                        .map(
                                                t ->
                                                        CommissionTier.newBuilder()
                                                                .setFromMinor(t.fromMinor())
                                                                .setRateBasisPoints(
                                                                        t.rateBasisPoints())
                                                                .build())
                                        .toList())
                        .addAllBonuses(
                                plan.bonuses().stream()
                                        .map(
                                                b ->
                                                        RevenueBonus.newBuilder()
                                                                .setThresholdMinor(
                                                                        b.thresholdMinor())
                                                                .setAmount(
                                                                        money(
                                                                                b.amountMinor(),
                                                                                plan.currency))
                                                                .build())
                                        .toList());
        if (plan.flatPerOrderMinor != null) {
            wirePlan.setFlatPerOrder(money(plan.flatPerOrderMinor, plan.currency));
        }
        if (plan.feePerPublishedPostMinor != null) {
            wirePlan.setFeePerPublishedPost(money(plan.feePerPublishedPostMinor, plan.currency));
        }
        return com.creatorplatform.proto.campaign.v1.Offer.newBuilder()
                .setId(offer.id.toString())
                .setCampaignId(offer.campaignId.toString())
                .setEffectiveFrom(timestamp(offer.effectiveFrom))
                .setPlan(wirePlan)
                .setAudienceDiscountPercent(offer.audienceDiscountPercent)
                .setAttributionWindowDays(offer.attributionWindowDays)
                .setHoldDays(offer.holdDays)
                .setPriority(
                        EnumNames.toWire(
                                com.creatorplatform.proto.campaign.v1.AttributionPriority.class,
                                "ATTRIBUTION_PRIORITY_",
                                offer.priority))
                .build();
    }

    private static Amount toAmount(Money money) {
        return new Amount(money.getAmountMinor(), money.getCurrency());
    }

    static Money money(long minor, String currency) {
        return Money.newBuilder().setAmountMinor(minor).setCurrency(currency).build();
    }
}
