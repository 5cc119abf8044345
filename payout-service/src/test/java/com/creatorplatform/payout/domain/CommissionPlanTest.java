package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.PlanTerms;
import com.creatorplatform.contract.PlanTerms.Basis;
import com.creatorplatform.contract.PlanTerms.Bonus;
import com.creatorplatform.contract.PlanTerms.Tier;
import com.creatorplatform.contract.PlanTerms.TierMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommissionPlanTest {

    /** 10 % up to 1,000, 12 % up to 5,000, 15 % above (major units; the plan counts cents). */
    static final List<Tier> ISSUE_TIERS =
            List.of(new Tier(0, 1000), new Tier(100_000, 1200), new Tier(500_000, 1500));

    /** A plan in euros; which plans are valid is PlanTermsTest's concern (proto module). */
    static CommissionPlan plan(
            Basis basis,
            int rate,
            Long flatMinor,
            TierMode mode,
            List<Tier> tiers,
            List<Bonus> bonuses) {
        return new CommissionPlan(
                new PlanTerms("EUR", basis, rate, flatMinor, mode, tiers, bonuses, null));
    }

    static CommissionPlan percent(int rate) {
        return plan(Basis.PERCENT, rate, null, TierMode.NONE, List.of(), List.of());
    }

    static CommissionPlan tiered(TierMode mode) {
        return plan(Basis.PERCENT, 0, null, mode, ISSUE_TIERS, List.of());
    }

    static CommissionPlan withBonus(long thresholdMinor, long amountMinor) {
        return plan(
                Basis.PERCENT,
                1000,
                null,
                TierMode.NONE,
                List.of(),
                List.of(new Bonus(thresholdMinor, amountMinor)));
    }

    @Test
    void netRevenueOf6000UnderMarginalTiersEarns100Plus480Plus150() {
        assertEquals(73_000, tiered(TierMode.MARGINAL).tieredCommission(600_000));
    }

    @Test
    void netRevenueOf6000UnderWholeTiersEarns15PercentOfEverything() {
        assertEquals(90_000, tiered(TierMode.WHOLE).tieredCommission(600_000));
    }

    @Test
    void revenueExactlyAtATierStartIsInThatTier() {
        assertEquals(75_000, tiered(TierMode.WHOLE).tieredCommission(500_000));
        assertEquals(58_000, tiered(TierMode.MARGINAL).tieredCommission(500_000));
        assertEquals(0, tiered(TierMode.MARGINAL).tieredCommission(0));
    }

    @Test
    void aTieredPlanAccruesEachOrderAtItsFirstTierAndTopsUpThePeriod() {
        var whole = tiered(TierMode.WHOLE);
        assertEquals(30_000, whole.orderAccrual(300_000));
        long accruedForTwoOrders = 2 * whole.orderAccrual(300_000);

        assertEquals(30_000, whole.tierAdjustment(600_000, accruedForTwoOrders));
    }

    @Test
    void aPercentPlanRoundsEachOrderHalfUpOnce() {
        assertEquals(13, percent(1250).orderAccrual(100));
        assertEquals(12, percent(1250).orderAccrual(99));
        assertEquals(0, percent(1250).orderAccrual(3));
        assertEquals(1, percent(1250).orderAccrual(4));
    }

    @Test
    void theTierTopUpAbsorbsPerOrderRoundingSoThePeriodAddsUpExactly() {
        var plan =
                plan(
                        Basis.PERCENT,
                        0,
                        null,
                        TierMode.MARGINAL,
                        List.of(new Tier(0, 1250)),
                        List.of());
        long threeOrders = 3 * plan.orderAccrual(4);

        assertEquals(3, threeOrders);
        assertEquals(-1, plan.tierAdjustment(12, threeOrders));
    }

    @Test
    void aFlatPlanPaysTheSameSumForAnyOrder() {
        var flat = plan(Basis.FLAT, 0, 2_500L, TierMode.NONE, List.of(), List.of());
        assertEquals(2_500, flat.orderAccrual(1));
        assertEquals(2_500, flat.orderAccrual(1_000_000));
        assertEquals(0, flat.tierAdjustment(1_000_000, 2_500));
    }

    @Test
    void aBonusIsPaidOnceWhenRevenueReachesItsThresholdAndTakenBackIfRevenueFallsBelow() {
        var plan = withBonus(100_000, 5_000);
        assertEquals(0, plan.bonusAdjustment(0, 99_999, 0));
        assertEquals(5_000, plan.bonusAdjustment(0, 100_000, 0));
        assertEquals(0, plan.bonusAdjustment(0, 250_000, 5_000));
        assertEquals(-5_000, plan.bonusAdjustment(0, 80_000, 5_000));
    }

    @Test
    void aPeriodWithoutRevenueReachesNoBonusEvenAtAZeroThreshold() {
        assertEquals(0, withBonus(0, 5_000).bonusAdjustment(0, 0, 0));
    }
}
