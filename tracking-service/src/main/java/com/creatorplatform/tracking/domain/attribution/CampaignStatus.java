package com.creatorplatform.tracking.domain.attribution;

/**
 * A campaign's status as tracking learnt it from campaign-service when a click or an order
 * happened.
 */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED,
    /** campaign-service did not tell: it could not answer, or does not know the campaign. */
    UNKNOWN;

    /**
     * SPEC: a paused or ended campaign "still redirects but records nothing billable". Any other
     * status is billable; so is UNKNOWN, so that an outage of campaign-service never costs creators
     * the credit of a running campaign.
     */
    public boolean billable() {
        return this != PAUSED && this != ENDED;
    }
}
