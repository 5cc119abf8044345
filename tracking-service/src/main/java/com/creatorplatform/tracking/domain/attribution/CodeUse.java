package com.creatorplatform.tracking.domain.attribution;

import java.util.UUID;

/** The brand's discount code the order carried, already looked up (unknown codes never get here). */
public record CodeUse(String code, UUID creatorId, UUID campaignId) {

    public CodeUse {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("discount code is required");
        }
        Checks.required("creator_id", creatorId);
        Checks.required("campaign_id", campaignId);
    }
}
