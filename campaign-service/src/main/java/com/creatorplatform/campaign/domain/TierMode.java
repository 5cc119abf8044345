package com.creatorplatform.campaign.domain;

/** NONE: the plan's own rate; MARGINAL: each slice at its tier's rate; WHOLE: the highest tier reached sets the rate. */
public enum TierMode {
    NONE, MARGINAL, WHOLE
}
