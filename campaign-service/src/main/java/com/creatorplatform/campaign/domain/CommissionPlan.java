package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.PlanTerms;
import com.creatorplatform.contract.PlanTerms.Basis;
import com.creatorplatform.contract.PlanTerms.Bonus;
import com.creatorplatform.contract.PlanTerms.Tier;
import com.creatorplatform.contract.PlanTerms.TierMode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a creator is paid under one offer version, as stored; payout-service applies it. What a valid
 * plan is lives in {@link PlanTerms}, shared with payout-service. Tiers and bonuses are kept as
 * parallel arrays so that a version is one row and resolving many versions is one query.
 */
@Embeddable
public class CommissionPlan {

    @Enumerated(EnumType.STRING)
    public Basis basis;

    @Column(name = "rate_basis_points")
    public int rateBasisPoints;

    @Column(name = "flat_per_order_minor")
    public Long flatPerOrderMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_mode")
    public TierMode tierMode;

    @Column(name = "tier_from_minor", columnDefinition = "bigint[]")
    public Long[] tierFromMinor;

    @Column(name = "tier_rate_basis_points", columnDefinition = "integer[]")
    public Integer[] tierRateBasisPoints;

    @Column(name = "bonus_threshold_minor", columnDefinition = "bigint[]")
    public Long[] bonusThresholdMinor;

    @Column(name = "bonus_amount_minor", columnDefinition = "bigint[]")
    public Long[] bonusAmountMinor;

    @Column(name = "fee_per_published_post_minor")
    public Long feePerPublishedPostMinor;

    /** The brand's currency: every sum of the plan is in it. */
    public String currency;

    public static CommissionPlan of(PlanTerms terms) {
        var plan = new CommissionPlan();
        plan.basis = terms.basis();
        plan.rateBasisPoints = terms.rateBasisPoints();
        plan.flatPerOrderMinor = terms.flatPerOrderMinor();
        plan.tierMode = terms.tierMode();
        plan.tierFromMinor = terms.tiers().stream().map(Tier::fromMinor).toArray(Long[]::new);
        plan.tierRateBasisPoints =
                terms.tiers().stream().map(Tier::rateBasisPoints).toArray(Integer[]::new);
        plan.bonusThresholdMinor =
                terms.bonuses().stream().map(Bonus::thresholdMinor).toArray(Long[]::new);
        plan.bonusAmountMinor =
                terms.bonuses().stream().map(Bonus::amountMinor).toArray(Long[]::new);
        plan.feePerPublishedPostMinor = terms.feePerPublishedPostMinor();
        plan.currency = terms.currency();
        return plan;
    }

    public List<Tier> tiers() {
        return IntStream.range(0, tierFromMinor.length)
                .mapToObj(i -> new Tier(tierFromMinor[i], tierRateBasisPoints[i]))
                .toList();
    }

    public List<Bonus> bonuses() {
        return IntStream.range(0, bonusThresholdMinor.length)
                .mapToObj(i -> new Bonus(bonusThresholdMinor[i], bonusAmountMinor[i]))
                .toList();
    }
}
