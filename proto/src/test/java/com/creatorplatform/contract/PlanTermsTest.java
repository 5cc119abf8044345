package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.PlanTerms.Amount;
import com.creatorplatform.contract.PlanTerms.Basis;
import com.creatorplatform.contract.PlanTerms.Bonus;
import com.creatorplatform.contract.PlanTerms.Draft;
import com.creatorplatform.contract.PlanTerms.DraftBonus;
import com.creatorplatform.contract.PlanTerms.Tier;
import com.creatorplatform.contract.PlanTerms.TierMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTermsTest {

    private static final List<Tier> ISSUE_TIERS =
            List.of(new Tier(0, 1000), new Tier(100_000, 1500), new Tier(500_000, 2000));

    private static Draft percent(int basisPoints) {
        return new Draft(Basis.PERCENT, basisPoints, null, null, List.of(), List.of(), null);
    }

    private static Draft tiered(TierMode mode, List<Tier> tiers) {
        return new Draft(Basis.PERCENT, 1000, null, mode, tiers, List.of(), null);
    }

    private static Draft flat(Amount perOrder) {
        return new Draft(Basis.FLAT, 0, perOrder, null, List.of(), List.of(), null);
    }

    private static Draft withBonuses(DraftBonus... bonuses) {
        return new Draft(Basis.PERCENT, 1000, null, null, List.of(), List.of(bonuses), null);
    }

    private static Draft withFee(Amount fee) {
        return new Draft(Basis.PERCENT, 1000, null, null, List.of(), List.of(), fee);
    }

    private static Amount eur(long minor) {
        return new Amount(minor, "EUR");
    }

    private static PlanTerms inEuros(Draft draft) {
        return draft.in("EUR", "brand's");
    }

    /** The refusal: INVALID_ARGUMENT, and its message. */
    private static String refusal(Draft draft) {
        var error = assertThrows(ApiError.class, () -> inEuros(draft));
        assertEquals(ApiError.Code.INVALID_ARGUMENT, error.code());
        return error.getMessage();
    }

    @Test
    void aPercentPlanWithMarginalTiersBonusesAndAPostFeeIsAPlanInItsCurrency() {
        var terms =
                inEuros(
                        new Draft(
                                Basis.PERCENT,
                                1000,
                                null,
                                TierMode.MARGINAL,
                                ISSUE_TIERS,
                                List.of(new DraftBonus(100_000, eur(5_000))),
                                eur(2_500)));

        assertEquals(
                new PlanTerms(
                        "EUR",
                        Basis.PERCENT,
                        1000,
                        null,
                        TierMode.MARGINAL,
                        ISSUE_TIERS,
                        List.of(new Bonus(100_000, 5_000)),
                        2_500L),
                terms);
    }

    @Test
    void aPlanHasABasis() {
        assertEquals(
                "plan.basis is required: PERCENT or FLAT",
                refusal(new Draft(null, 1000, null, null, List.of(), List.of(), null)));
    }

    @Test
    void ratesAreFromZeroTo10000BasisPoints() {
        assertEquals(10_000, inEuros(percent(10_000)).rateBasisPoints());
        assertEquals(0, inEuros(percent(0)).rateBasisPoints());
        assertEquals(
                "plan.rate_basis_points must be between 0 and 10000 (0–100 %), got -1",
                refusal(percent(-1)));
        assertEquals(
                "plan.rate_basis_points must be between 0 and 10000 (0–100 %), got 10001",
                refusal(percent(10_001)));
    }

    @Test
    void aTiersRateIsFromZeroTo10000BasisPoints() {
        assertEquals(
                "plan.tiers[1].rate_basis_points must be between 0 and 10000 (0–100 %), got 10001",
                refusal(
                        tiered(
                                TierMode.WHOLE,
                                List.of(new Tier(0, 1000), new Tier(1000, 10_001)))));
    }

    @Test
    void aPercentPlanHasNoFlatSum() {
        assertEquals(
                "plan.flat_per_order applies to a FLAT basis only",
                refusal(
                        new Draft(
                                Basis.PERCENT, 1000, eur(500), null, List.of(), List.of(), null)));
    }

    @Test
    void aFlatPlanPaysASumAboveZeroPerOrder() {
        assertEquals(500L, inEuros(flat(eur(500))).flatPerOrderMinor());
        assertEquals("plan.flat_per_order is required for a FLAT basis", refusal(flat(null)));
        assertEquals("plan.flat_per_order must be above 0 for a FLAT basis", refusal(flat(eur(0))));
    }

    @Test
    void aFlatPlanHasNoRate() {
        assertEquals(
                "plan.rate_basis_points applies to a PERCENT basis only",
                refusal(new Draft(Basis.FLAT, 1000, eur(500), null, List.of(), List.of(), null)));
    }

    @Test
    void aPlanWithoutTiersHasTierModeNone() {
        assertEquals(TierMode.NONE, inEuros(percent(800)).tierMode());
        assertEquals(TierMode.NONE, inEuros(tiered(TierMode.NONE, List.of())).tierMode());
    }

    @Test
    void tiersNeedTierModeMarginalOrWhole() {
        assertEquals(
                "plan.tiers need tier_mode MARGINAL or WHOLE", refusal(tiered(null, ISSUE_TIERS)));
        assertEquals(
                "plan.tiers need tier_mode MARGINAL or WHOLE",
                refusal(tiered(TierMode.NONE, ISSUE_TIERS)));
    }

    @Test
    void aTierModeNeedsTiers() {
        assertEquals(
                "plan.tier_mode WHOLE needs at least one tier",
                refusal(tiered(TierMode.WHOLE, List.of())));
    }

    @Test
    void tiersApplyToAPercentBasisOnly() {
        assertEquals(
                "plan.tiers apply to a PERCENT basis only",
                refusal(
                        new Draft(
                                Basis.FLAT,
                                0,
                                eur(500),
                                TierMode.WHOLE,
                                ISSUE_TIERS,
                                List.of(),
                                null)));
    }

    @Test
    void theFirstTierStartsAtZero() {
        assertEquals(
                "plan.tiers: the first tier must start at 0, got 100",
                refusal(tiered(TierMode.WHOLE, List.of(new Tier(100, 1000)))));
    }

    @Test
    void tiersAscendStrictly() {
        assertEquals(
                "plan.tiers must ascend: tier 2 starts at 5000, not above 5000",
                refusal(
                        tiered(
                                TierMode.MARGINAL,
                                List.of(
                                        new Tier(0, 1000),
                                        new Tier(5000, 1200),
                                        new Tier(5000, 1300)))));
    }

    @Test
    void bonusThresholdsAreNotNegative() {
        assertEquals(
                "plan.bonuses[0].threshold_minor must not be negative, got -1",
                refusal(withBonuses(new DraftBonus(-1, eur(100)))));
    }

    @Test
    void bonusThresholdsAscendStrictly() {
        assertEquals(
                "plan.bonuses must ascend: bonus 1 has threshold 100, not above 200",
                refusal(withBonuses(new DraftBonus(200, eur(10)), new DraftBonus(100, eur(10)))));
    }

    @Test
    void noSumOfThePlanIsNegative() {
        assertEquals(
                "plan.bonuses[0].amount must not be negative, got -100",
                refusal(withBonuses(new DraftBonus(100_000, eur(-100)))));
        assertEquals(
                "plan.fee_per_published_post must not be negative, got -1",
                refusal(withFee(eur(-1))));
        assertEquals("plan.flat_per_order must not be negative, got -5", refusal(flat(eur(-5))));
    }

    @Test
    void everySumIsInTheCurrencyTheCallerExpects() {
        assertEquals(
                "plan.flat_per_order must be in the brand's currency EUR, got 'USD'",
                refusal(flat(new Amount(500, "USD"))));
        assertEquals(
                "plan.bonuses[0].amount must be in the brand's currency EUR, got ''",
                refusal(withBonuses(new DraftBonus(100, new Amount(0, "")))));
        assertEquals(
                "plan.fee_per_published_post must be in the order's currency USD, got 'EUR'",
                assertThrows(ApiError.class, () -> withFee(eur(100)).in("USD", "order's"))
                        .getMessage());
    }

    @Test
    void aPostFeeComesWithEitherBasis() {
        assertEquals(2_500L, inEuros(withFee(eur(2_500))).feePerPublishedPostMinor());
        assertEquals(
                2_500L,
                inEuros(new Draft(Basis.FLAT, 0, eur(500), null, List.of(), List.of(), eur(2_500)))
                        .feePerPublishedPostMinor());
    }
}
