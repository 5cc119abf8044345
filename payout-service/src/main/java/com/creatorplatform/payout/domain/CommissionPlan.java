package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.PlanTerms;
import com.creatorplatform.contract.PlanTerms.Tier;
import com.creatorplatform.contract.PlanTerms.TierMode;
import java.math.BigInteger;
import java.util.List;

/**
 * How a creator is paid for the orders of one offer version: a rate or a flat sum per order, tiers
 * on the net revenue of the payout period, and bonuses once per period. Amounts are minor units of
 * the order's currency. The terms are valid by construction ({@link PlanTerms}, the rules
 * campaign-service also publishes by); this class only does the maths.
 */
public record CommissionPlan(PlanTerms terms) {

    public boolean tiered() {
        return terms.tiered();
    }

    /**
     * What one order accrues when it completes. A tiered plan accrues at its first tier's rate; the
     * period's {@link #tieredCommission} later tops the period up to the tier it reaches.
     */
    public long orderAccrual(long orderAmountMinor) {
        return switch (terms.basis()) {
            case FLAT -> terms.flatPerOrderMinor();
            case PERCENT ->
                    Rounding.atRate(
                            orderAmountMinor,
                            tiered()
                                    ? terms.tiers().get(0).rateBasisPoints()
                                    : terms.rateBasisPoints());
        };
    }

    /**
     * The commission of a whole period's net revenue under the tiers, rounded once: MARGINAL
     * charges each slice at its tier's rate (like tax brackets); WHOLE applies the highest tier
     * reached to all.
     */
    public long tieredCommission(long netRevenueMinor) {
        if (!tiered()) {
            throw new IllegalStateException("plan has no tiers");
        }
        long revenue = Math.max(0, netRevenueMinor);
        List<Tier> tiers = terms.tiers();
        if (terms.tierMode() == TierMode.WHOLE) {
            int rate =
                    tiers.stream()
                            .filter(t -> t.fromMinor() <= revenue)
                            .reduce((a, b) -> b)
                            .orElseThrow()
                            .rateBasisPoints();
            return Rounding.atRate(revenue, rate);
        }
        BigInteger basisPointMinor = BigInteger.ZERO;
        for (int i = 0; i < tiers.size() && tiers.get(i).fromMinor() < revenue; i++) {
            long sliceEnd =
                    i + 1 < tiers.size()
                            ? Math.min(revenue, tiers.get(i + 1).fromMinor())
                            : revenue;
            basisPointMinor =
                    basisPointMinor.add(
                            BigInteger.valueOf(sliceEnd - tiers.get(i).fromMinor())
                                    .multiply(BigInteger.valueOf(tiers.get(i).rateBasisPoints())));
        }
        return Rounding.divide(basisPointMinor, Rounding.BASIS_POINTS);
    }

    /**
     * The tier top-up that brings a period's order commission (accruals, reversals and earlier
     * top-ups) to the tiered commission of its net revenue; this also absorbs the per-order
     * rounding, so the period adds up to the tiered figure exactly. Zero without tiers.
     */
    public long tierAdjustment(long netRevenueMinor, long orderCommissionMinor) {
        return tiered() ? tieredCommission(netRevenueMinor) - orderCommissionMinor : 0;
    }

    /**
     * The change that makes a bonus paid exactly when the period's net revenue is at or above its
     * threshold (and above zero): the sum once when reached, taken back if refunds bring revenue
     * below it again. The result then depends only on the period's events, not on the order in
     * which they arrived.
     */
    public long bonusAdjustment(int bonus, long netRevenueMinor, long paidMinor) {
        var b = terms.bonuses().get(bonus);
        boolean reached = netRevenueMinor > 0 && netRevenueMinor >= b.thresholdMinor();
        return (reached ? b.amountMinor() : 0) - paidMinor;
    }
}
