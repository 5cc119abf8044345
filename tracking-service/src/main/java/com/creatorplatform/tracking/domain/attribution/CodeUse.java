package com.creatorplatform.tracking.domain.attribution;

import java.util.UUID;

/**
 * The brand's discount code the order carried, already looked up (unknown codes never get here).
 *
 * @param campaignStatus the status of the code's campaign when the order is recorded; a code of a
 *     paused or ended campaign never attributes
 */
public record CodeUse(String code, UUID creatorId, UUID campaignId, CampaignStatus campaignStatus) {

    public CodeUse {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("discount code is required");
        }
        Checks.required("creator_id", creatorId);
        Checks.required("campaign_id", campaignId);
        Checks.required("campaign_status", campaignStatus);
    }
}
