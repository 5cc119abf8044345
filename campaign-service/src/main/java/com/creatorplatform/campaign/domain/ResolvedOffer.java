package com.creatorplatform.campaign.domain;

/**
 * The offer version in effect for the {@code query}-th question asked, with its campaign's state.
 */
public record ResolvedOffer(
        int query, Offer offer, CampaignStatus campaignStatus, Long budgetCapMinor) {}
