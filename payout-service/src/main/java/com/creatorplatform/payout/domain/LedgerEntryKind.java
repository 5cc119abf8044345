package com.creatorplatform.payout.domain;

/** Why money moved on a creator's ledger. */
public enum LedgerEntryKind {
    ACCRUAL,
    REVERSAL,
    BONUS,
    POST_FEE,
    TIER_ADJUSTMENT,
    PAYOUT,
    ADJUSTMENT
}
