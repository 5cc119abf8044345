package com.creatorplatform.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A valid commission plan ({@code creatorplatform.common.v1.CommissionPlan}), every sum in minor
 * units of {@code currency}. campaign-service refuses a plan a brand publishes and payout-service
 * one an order event carries by these same rules, so a plan one side stores the other can always
 * apply. Each service maps its own generated protobuf class to a {@link Draft}; the rules need no
 * protobuf.
 *
 * <p>A PERCENT plan pays a rate of the order amount, a FLAT plan a sum per order. Tiers (PERCENT
 * only) start at 0 of the period's net revenue and ascend; bonuses are paid once per period at
 * ascending thresholds; a fee per published post may come with either basis. Rates are basis
 * points, 0–100 %.
 */
public record PlanTerms(
        String currency,
        Basis basis,
        int rateBasisPoints,
        Long flatPerOrderMinor,
        TierMode tierMode,
        List<Tier> tiers,
        List<Bonus> bonuses,
        Long feePerPublishedPostMinor) {

    public static final int MAX_RATE_BASIS_POINTS = 10_000;

    public enum Basis {
        PERCENT,
        FLAT
    }

    /**
     * NONE: the plan's own rate; MARGINAL: each slice at its tier's rate; WHOLE: the highest tier
     * reached sets the rate.
     */
    public enum TierMode {
        NONE,
        MARGINAL,
        WHOLE
    }

    /** A tier starts at fromMinor of the period's net revenue. */
    public record Tier(long fromMinor, int rateBasisPoints) {}

    /** A fixed sum paid once per period when net revenue reaches the threshold. */
    public record Bonus(long thresholdMinor, long amountMinor) {}

    /** A sum as the caller gave it, before its currency is checked. */
    public record Amount(long minor, String currency) {}

    /**
     * A plan as it arrives, its sums with their own currencies. A null basis or tier mode is
     * unspecified (no tier mode means NONE when there are no tiers); a null sum is absent.
     */
    public record Draft(
            Basis basis,
            int rateBasisPoints,
            Amount flatPerOrder,
            TierMode tierMode,
            List<Tier> tiers,
            List<DraftBonus> bonuses,
            Amount feePerPublishedPost) {

        /**
         * The valid plan, if every sum is in {@code currency}; {@code whose} names that currency in
         * the refusal ("brand's", "order's"), as the caller knows it by that name.
         */
        public PlanTerms in(String currency, String whose) {
            var sums = new SumsIn(currency, whose);
            var validBonuses = new ArrayList<Bonus>();
            for (int i = 0; i < bonuses.size(); i++) {
                var bonus = bonuses.get(i);
                validBonuses.add(
                        new Bonus(
                                bonus.thresholdMinor(),
                                sums.minor("plan.bonuses[" + i + "].amount", bonus.amount())));
            }
            return new PlanTerms(
                    currency,
                    basis,
                    rateBasisPoints,
                    sums.minor("plan.flat_per_order", flatPerOrder),
                    tierMode,
                    tiers,
                    validBonuses,
                    sums.minor("plan.fee_per_published_post", feePerPublishedPost));
        }
    }

    public record DraftBonus(long thresholdMinor, Amount amount) {}

    /**
     * Refuses what no plan may be: INVALID_ARGUMENT naming the field and the value. A null tier
     * mode becomes NONE when there are no tiers.
     */
    public PlanTerms {
        Objects.requireNonNull(currency, "currency");
        tiers = List.copyOf(tiers);
        bonuses = List.copyOf(bonuses);
        if (basis == null) {
            throw ApiError.invalidArgument("plan.basis is required: PERCENT or FLAT");
        }
        requireRate("plan.rate_basis_points", rateBasisPoints);
        notNegative("plan.flat_per_order", flatPerOrderMinor);
        notNegative("plan.fee_per_published_post", feePerPublishedPostMinor);
        if (basis == Basis.PERCENT) {
            if (flatPerOrderMinor != null) {
                throw ApiError.invalidArgument("plan.flat_per_order applies to a FLAT basis only");
            }
        } else {
            requireFlatSum(rateBasisPoints, flatPerOrderMinor);
        }
        tierMode = requireTiers(basis, tierMode, tiers);
        requireBonuses(bonuses);
    }

    public boolean tiered() {
        return tierMode != TierMode.NONE;
    }

    /**
     * A FLAT plan pays a sum above zero per order and no rate (payout-service cannot tell a zero
     * sum from none).
     */
    private static void requireFlatSum(int rateBasisPoints, Long flatPerOrderMinor) {
        if (flatPerOrderMinor == null) {
            throw ApiError.invalidArgument("plan.flat_per_order is required for a FLAT basis");
        }
        if (flatPerOrderMinor == 0) {
            throw ApiError.invalidArgument("plan.flat_per_order must be above 0 for a FLAT basis");
        }
        if (rateBasisPoints != 0) {
            throw ApiError.invalidArgument(
                    "plan.rate_basis_points applies to a PERCENT basis only");
        }
    }

    /**
     * Tiers are rates on revenue, so they need a PERCENT basis; the first starts at 0 and each
     * starts higher.
     */
    private static TierMode requireTiers(Basis basis, TierMode mode, List<Tier> tiers) {
        if (tiers.isEmpty()) {
            if (mode != null && mode != TierMode.NONE) {
                throw ApiError.invalidArgument(
                        "plan.tier_mode " + mode + " needs at least one tier");
            }
            return TierMode.NONE;
        }
        if (mode == null || mode == TierMode.NONE) {
            throw ApiError.invalidArgument("plan.tiers need tier_mode MARGINAL or WHOLE");
        }
        if (basis != Basis.PERCENT) {
            throw ApiError.invalidArgument("plan.tiers apply to a PERCENT basis only");
        }
        if (tiers.get(0).fromMinor() != 0) {
            throw ApiError.invalidArgument(
                    "plan.tiers: the first tier must start at 0, got " + tiers.get(0).fromMinor());
        }
        for (int i = 0; i < tiers.size(); i++) {
            requireRate("plan.tiers[" + i + "].rate_basis_points", tiers.get(i).rateBasisPoints());
            if (i > 0 && tiers.get(i).fromMinor() <= tiers.get(i - 1).fromMinor()) {
                throw ApiError.invalidArgument(
                        "plan.tiers must ascend: tier "
                                + i
                                + " starts at "
                                + tiers.get(i).fromMinor()
                                + ", not above "
                                + tiers.get(i - 1).fromMinor());
            }
        }
        return mode;
    }

    private static void requireBonuses(List<Bonus> bonuses) {
        for (int i = 0; i < bonuses.size(); i++) {
            long threshold = bonuses.get(i).thresholdMinor();
            notNegative("plan.bonuses[" + i + "].threshold_minor", threshold);
            notNegative("plan.bonuses[" + i + "].amount", bonuses.get(i).amountMinor());
            if (i > 0 && threshold <= bonuses.get(i - 1).thresholdMinor()) {
                throw ApiError.invalidArgument(
                        "plan.bonuses must ascend: bonus "
                                + i
                                + " has threshold "
                                + threshold
                                + ", not above "
                                + bonuses.get(i - 1).thresholdMinor());
            }
        }
    }

    private static void requireRate(String field, int basisPoints) {
        if (basisPoints < 0 || basisPoints > MAX_RATE_BASIS_POINTS) {
            throw ApiError.invalidArgument(
                    field
                            + " must be between 0 and "
                            + MAX_RATE_BASIS_POINTS
                            + " (0–100 %), got "
                            + basisPoints);
        }
    }

    private static void notNegative(String field, Long minor) {
        if (minor != null && minor < 0) {
            throw ApiError.invalidArgument(field + " must not be negative, got " + minor);
        }
    }

    /** Every sum of a plan is in one currency, the one the caller expects. */
    private record SumsIn(String currency, String whose) {

        Long minor(String field, Amount amount) {
            if (amount == null) {
                return null;
            }
            if (!currency.equals(amount.currency())) {
                throw ApiError.invalidArgument(
                        field
                                + " must be in the "
                                + whose
                                + " currency "
                                + currency
                                + ", got '"
                                + amount.currency()
                                + "'");
            }
            return amount.minor();
        }
    }
}
