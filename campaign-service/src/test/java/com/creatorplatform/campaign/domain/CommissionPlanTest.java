package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.campaign.domain.CommissionPlan.Bonus;
import com.creatorplatform.campaign.domain.CommissionPlan.Draft;
import com.creatorplatform.campaign.domain.CommissionPlan.Tier;
import com.creatorplatform.contract.ApiError;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommissionPlanTest {

    private static Draft percent(int basisPoints, TierMode mode, List<Tier> tiers) {
        return new Draft(CommissionBasis.PERCENT, basisPoints, null, mode, tiers, List.of(), null);
    }

    private static String refusal(Draft draft) {
        return assertThrows(ApiError.class, () -> CommissionPlan.of("EUR", draft)).getMessage();
    }

    @Test
    void tenPercentWithMarginalTiersFromZeroUpwardsIsAPlan() {
        var plan = CommissionPlan.of("EUR", percent(1000, TierMode.MARGINAL,
                List.of(new Tier(0, 1000), new Tier(100_000, 1500), new Tier(500_000, 2000))));

        assertEquals(TierMode.MARGINAL, plan.tierMode);
        assertEquals(List.of(new Tier(0, 1000), new Tier(100_000, 1500), new Tier(500_000, 2000)), plan.tiers());
    }

    @Test
    void aPlanWithoutTiersHasTierModeNone() {
        assertEquals(TierMode.NONE, CommissionPlan.of("EUR", percent(800, null, List.of())).tierMode);
    }

    @Test
    void ratesAreBetweenZeroAndOneHundredPercent() {
        assertEquals(10_000, CommissionPlan.of("EUR", percent(10_000, null, List.of())).rateBasisPoints);
        assertEquals("plan.rate_basis_points must be between 0 and 10000 (0–100 %), got -1", refusal(percent(-1, null, List.of())));
        assertEquals("plan.tiers[1].rate_basis_points must be between 0 and 10000 (0–100 %), got 10001",
                refusal(percent(1000, TierMode.WHOLE, List.of(new Tier(0, 1000), new Tier(1000, 10_001)))));
    }

    @Test
    void tiersStartAtZeroAndAscendStrictly() {
        assertEquals("plan.tiers: the first tier must start at 0, got 100",
                refusal(percent(1000, TierMode.WHOLE, List.of(new Tier(100, 1000)))));
        assertEquals("plan.tiers must ascend: tier 2 starts at 5000, not above 5000",
                refusal(percent(1000, TierMode.WHOLE, List.of(new Tier(0, 1000), new Tier(5000, 1200), new Tier(5000, 1300)))));
    }

    @Test
    void tiersNeedAModeAndAModeNeedsTiers() {
        assertEquals("plan.tiers need tier_mode MARGINAL or WHOLE", refusal(percent(1000, null, List.of(new Tier(0, 1000)))));
        assertEquals("plan.tier_mode WHOLE needs at least one tier", refusal(percent(1000, TierMode.WHOLE, List.of())));
    }

    @Test
    void aFlatPlanPaysASumInTheBrandsCurrencyPerOrder() {
        var plan = CommissionPlan.of("EUR", new Draft(CommissionBasis.FLAT, 0, new Amount(500, "EUR"), null, List.of(), List.of(), null));
        assertEquals(500L, plan.flatPerOrderMinor);

        assertEquals("plan.flat_per_order is required for a FLAT basis",
                refusal(new Draft(CommissionBasis.FLAT, 0, null, null, List.of(), List.of(), null)));
        assertEquals("plan.flat_per_order must be in the brand's currency EUR, got 'USD'",
                refusal(new Draft(CommissionBasis.FLAT, 0, new Amount(500, "USD"), null, List.of(), List.of(), null)));
        assertEquals("plan.tiers apply to a PERCENT basis only", refusal(new Draft(CommissionBasis.FLAT, 0, new Amount(500, "EUR"),
                TierMode.WHOLE, List.of(new Tier(0, 1000)), List.of(), null)));
    }

    @Test
    void noMoneyOfThePlanIsNegative() {
        assertEquals("plan.bonuses.amount must not be negative, got -100", refusal(new Draft(CommissionBasis.PERCENT, 1000, null, null,
                List.of(), List.of(new Bonus(100_000, new Amount(-100, "EUR"))), null)));
        assertEquals("plan.fee_per_published_post must not be negative, got -1",
                refusal(new Draft(CommissionBasis.PERCENT, 1000, null, null, List.of(), List.of(), new Amount(-1, "EUR"))));
        assertEquals("plan.flat_per_order must not be negative, got -5",
                refusal(new Draft(CommissionBasis.FLAT, 0, new Amount(-5, "EUR"), null, List.of(), List.of(), null)));
    }

    @Test
    void bonusesAscendByThreshold() {
        assertEquals("plan.bonuses must have non-negative, strictly ascending thresholds", refusal(new Draft(CommissionBasis.PERCENT, 1000,
                null, null, List.of(), List.of(new Bonus(200, new Amount(10, "EUR")), new Bonus(100, new Amount(10, "EUR"))), null)));
    }
}
