package com.creatorplatform.payout.domain;

import java.util.OptionalLong;

/**
 * The terms of the offer version an order was attributed under: its plan, and the hold and cap its
 * credits obey.
 */
public record OrderTerms(CommissionPlan plan, CreditTerms credit) {

    public OrderTerms(CommissionPlan plan, int holdDays, OptionalLong budgetCapMinor) {
        this(plan, new CreditTerms(holdDays, budgetCapMinor));
    }
}
