package com.creatorplatform.campaign.domain;

/** PERCENT of the order amount, or a FLAT sum per order. */
public enum CommissionBasis {
    PERCENT, FLAT
}
