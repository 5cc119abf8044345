package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a creator is paid under one offer version; payout-service applies it. Rates are basis points
 * (1000 = 10.00 %). Tiers and bonuses are kept as parallel arrays so that a version is one row and
 * resolving many versions is one query.
 */
@Embeddable
public class CommissionPlan {

    public static final int MAX_RATE_BASIS_POINTS = 10_000;

    public record Tier(long fromMinor, int rateBasisPoints) {
    }

    public record Bonus(long thresholdMinor, Amount amount) {
    }

    /** A plan as the brand asks for it. A null tier mode means NONE when there are no tiers; null amounts are absent. */
    public record Draft(CommissionBasis basis, int rateBasisPoints, Amount flatPerOrder, TierMode tierMode, List<Tier> tiers,
            List<Bonus> bonuses, Amount feePerPublishedPost) {
    }

    @Enumerated(EnumType.STRING)
    public CommissionBasis basis;
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

    /** The draft as a valid plan whose sums are all in the brand's currency, or INVALID_ARGUMENT saying what is wrong. */
    public static CommissionPlan of(String currency, Draft draft) {
        CommissionBasis basis = draft.basis();
        int rateBasisPoints = draft.rateBasisPoints();
        Amount flatPerOrder = draft.flatPerOrder();
        List<Tier> tiers = draft.tiers();
        List<Bonus> bonuses = draft.bonuses();
        if (basis == null) {
            throw ApiError.invalidArgument("plan.basis is required: PERCENT or FLAT");
        }
        var plan = new CommissionPlan();
        plan.basis = basis;
        plan.currency = currency;
        if (basis == CommissionBasis.PERCENT) {
            plan.rateBasisPoints = requireRate("plan.rate_basis_points", rateBasisPoints);
            if (flatPerOrder != null) {
                throw ApiError.invalidArgument("plan.flat_per_order applies to a FLAT basis only");
            }
        } else {
            if (flatPerOrder == null) {
                throw ApiError.invalidArgument("plan.flat_per_order is required for a FLAT basis");
            }
            if (rateBasisPoints != 0) {
                throw ApiError.invalidArgument("plan.rate_basis_points applies to a PERCENT basis only");
            }
            plan.flatPerOrderMinor = flatPerOrder.requireIn("plan.flat_per_order", currency);
        }
        plan.tierMode = requireTiers(basis, draft.tierMode(), tiers);
        plan.tierFromMinor = tiers.stream().map(Tier::fromMinor).toArray(Long[]::new);
        plan.tierRateBasisPoints = tiers.stream().map(Tier::rateBasisPoints).toArray(Integer[]::new);
        for (int i = 0; i < bonuses.size(); i++) {
            long threshold = bonuses.get(i).thresholdMinor();
            if (threshold < 0 || (i > 0 && threshold <= bonuses.get(i - 1).thresholdMinor())) {
                throw ApiError.invalidArgument("plan.bonuses must have non-negative, strictly ascending thresholds");
            }
        }
        plan.bonusThresholdMinor = bonuses.stream().map(Bonus::thresholdMinor).toArray(Long[]::new);
        plan.bonusAmountMinor = bonuses.stream().map(b -> b.amount().requireIn("plan.bonuses.amount", currency)).toArray(Long[]::new);
        plan.feePerPublishedPostMinor = draft.feePerPublishedPost() == null ? null
                : draft.feePerPublishedPost().requireIn("plan.fee_per_published_post", currency);
        return plan;
    }

    public List<Tier> tiers() {
        return IntStream.range(0, tierFromMinor.length).mapToObj(i -> new Tier(tierFromMinor[i], tierRateBasisPoints[i])).toList();
    }

    public List<Bonus> bonuses() {
        return IntStream.range(0, bonusThresholdMinor.length)
                .mapToObj(i -> new Bonus(bonusThresholdMinor[i], new Amount(bonusAmountMinor[i], currency))).toList();
    }

    /** Tiers are rates on revenue, so they need a PERCENT basis; the first starts at 0 and each starts higher. */
    private static TierMode requireTiers(CommissionBasis basis, TierMode mode, List<Tier> tiers) {
        if (tiers.isEmpty()) {
            if (mode != null && mode != TierMode.NONE) {
                throw ApiError.invalidArgument("plan.tier_mode " + mode + " needs at least one tier");
            }
            return TierMode.NONE;
        }
        if (mode == null || mode == TierMode.NONE) {
            throw ApiError.invalidArgument("plan.tiers need tier_mode MARGINAL or WHOLE");
        }
        if (basis != CommissionBasis.PERCENT) {
            throw ApiError.invalidArgument("plan.tiers apply to a PERCENT basis only");
        }
        if (tiers.get(0).fromMinor() != 0) {
            throw ApiError.invalidArgument("plan.tiers: the first tier must start at 0, got " + tiers.get(0).fromMinor());
        }
        for (int i = 0; i < tiers.size(); i++) {
            requireRate("plan.tiers[" + i + "].rate_basis_points", tiers.get(i).rateBasisPoints());
            if (i > 0 && tiers.get(i).fromMinor() <= tiers.get(i - 1).fromMinor()) {
                throw ApiError.invalidArgument("plan.tiers must ascend: tier " + i + " starts at " + tiers.get(i).fromMinor()
                        + ", not above " + tiers.get(i - 1).fromMinor());
            }
        }
        return mode;
    }

    private static int requireRate(String field, int basisPoints) {
        if (basisPoints < 0 || basisPoints > MAX_RATE_BASIS_POINTS) {
            throw ApiError.invalidArgument(field + " must be between 0 and " + MAX_RATE_BASIS_POINTS + " (0–100 %), got " + basisPoints);
        }
        return basisPoints;
    }
}
