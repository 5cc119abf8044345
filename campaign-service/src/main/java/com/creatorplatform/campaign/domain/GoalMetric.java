package com.creatorplatform.campaign.domain;

/**
 * What a campaign goal counts. REVENUE is money in the campaign's currency; the others are counts.
 */
public enum GoalMetric {
    REVENUE,
    ORDERS,
    CLICKS,
    PUBLISHED_POSTS
}
