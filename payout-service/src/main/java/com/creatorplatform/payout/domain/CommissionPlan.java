package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.ApiError;
import java.math.BigInteger;
import java.util.List;

/**
 * How a creator is paid for the orders of one offer version: a rate or a flat sum per order, tiers on
 * the net revenue of the payout period, and bonuses once per period. Amounts are minor units of the
 * order's currency.
 */
public record CommissionPlan(Basis basis, int rateBasisPoints, long flatPerOrderMinor, TierMode tierMode, List<Tier> tiers,
        List<Bonus> bonuses) {

    public enum Basis { PERCENT, FLAT }

    public enum TierMode { NONE, MARGINAL, WHOLE }

    /** A tier starts at fromMinor of the period's net revenue. */
    public record Tier(long fromMinor, int rateBasisPoints) {
    }

    /** A fixed sum paid once per period when net revenue reaches the threshold. */
    public record Bonus(long thresholdMinor, long amountMinor) {
    }

    public CommissionPlan {
        tiers = List.copyOf(tiers);
        bonuses = List.copyOf(bonuses);
        rate("plan.rate_basis_points", rateBasisPoints);
        notNegative("plan.flat_per_order", flatPerOrderMinor);
        if (basis == Basis.FLAT && flatPerOrderMinor == 0) {
            throw ApiError.invalidArgument("plan.flat_per_order is required for a FLAT plan");
        }
        if ((tierMode == TierMode.NONE) != tiers.isEmpty()) {
            throw ApiError.invalidArgument("plan.tiers are required with tier mode MARGINAL or WHOLE, and only then");
        }
        if (!tiers.isEmpty() && basis == Basis.FLAT) {
            throw ApiError.invalidArgument("plan.tiers need a PERCENT basis");
        }
        for (int i = 0; i < tiers.size(); i++) {
            rate("plan.tiers[" + i + "].rate_basis_points", tiers.get(i).rateBasisPoints());
            long from = tiers.get(i).fromMinor();
            if (i == 0 ? from != 0 : from <= tiers.get(i - 1).fromMinor()) {
                throw ApiError.invalidArgument("plan.tiers must start at 0 and ascend");
            }
        }
        for (int i = 0; i < bonuses.size(); i++) {
            notNegative("plan.bonuses[" + i + "].threshold", bonuses.get(i).thresholdMinor());
            notNegative("plan.bonuses[" + i + "].amount", bonuses.get(i).amountMinor());
        }
    }

    public boolean tiered() {
        return tierMode != TierMode.NONE;
    }

    /**
     * What one order accrues when it completes. A tiered plan accrues at its first tier's rate; the
     * period's {@link #tieredCommission} later tops the period up to the tier it reaches.
     */
    public long orderAccrual(long orderAmountMinor) {
        return switch (basis) {
            case FLAT -> flatPerOrderMinor;
            case PERCENT -> Rounding.atRate(orderAmountMinor, tiered() ? tiers.get(0).rateBasisPoints() : rateBasisPoints);
        };
    }

    /**
     * The commission of a whole period's net revenue under the tiers, rounded once: MARGINAL charges
     * each slice at its tier's rate (like tax brackets); WHOLE applies the highest tier reached to all.
     */
    public long tieredCommission(long netRevenueMinor) {
        if (!tiered()) {
            throw new IllegalStateException("plan has no tiers");
        }
        long revenue = Math.max(0, netRevenueMinor);
        if (tierMode == TierMode.WHOLE) {
            int rate = tiers.stream().filter(t -> t.fromMinor() <= revenue).reduce((a, b) -> b).orElseThrow().rateBasisPoints();
            return Rounding.atRate(revenue, rate);
        }
        BigInteger basisPointMinor = BigInteger.ZERO;
        for (int i = 0; i < tiers.size() && tiers.get(i).fromMinor() < revenue; i++) {
            long sliceEnd = i + 1 < tiers.size() ? Math.min(revenue, tiers.get(i + 1).fromMinor()) : revenue;
            basisPointMinor = basisPointMinor.add(BigInteger.valueOf(sliceEnd - tiers.get(i).fromMinor())
                    .multiply(BigInteger.valueOf(tiers.get(i).rateBasisPoints())));
        }
        return Rounding.divide(basisPointMinor, Rounding.BASIS_POINTS);
    }

    /**
     * The tier top-up that brings a period's order commission (accruals, reversals and earlier top-ups)
     * to the tiered commission of its net revenue; this also absorbs the per-order rounding, so the
     * period adds up to the tiered figure exactly. Zero without tiers.
     */
    public long tierAdjustment(long netRevenueMinor, long orderCommissionMinor) {
        return tiered() ? tieredCommission(netRevenueMinor) - orderCommissionMinor : 0;
    }

    /**
     * The change that makes a bonus paid exactly when the period's net revenue is at or above its
     * threshold (and above zero): the sum once when reached, taken back if refunds bring revenue below it again. The
     * result then depends only on the period's events, not on the order in which they arrived.
     */
    public long bonusAdjustment(int bonus, long netRevenueMinor, long paidMinor) {
        var b = bonuses.get(bonus);
        boolean reached = netRevenueMinor > 0 && netRevenueMinor >= b.thresholdMinor();
        return (reached ? b.amountMinor() : 0) - paidMinor;
    }

    private static void rate(String field, int basisPoints) {
        if (basisPoints < 0 || basisPoints > Rounding.BASIS_POINTS) {
            throw ApiError.invalidArgument(field + " must be between 0 and 10000, got " + basisPoints);
        }
    }

    private static void notNegative(String field, long minor) {
        if (minor < 0) {
            throw ApiError.invalidArgument(field + " must not be negative");
        }
    }
}
