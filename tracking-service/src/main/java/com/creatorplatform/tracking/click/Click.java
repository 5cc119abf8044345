package com.creatorplatform.tracking.click;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One click as the redirect saw it, waiting to be written; {@code campaignStatus} is the link's
 * campaign's status then, {@code ipHash} the keyed hash of the visitor's address (see RedirectRoute).
 */
public record Click(UUID id, Instant at, LinkTarget link, CampaignStatus campaignStatus, UUID visitorId, byte[] ipHash,
        UserAgent userAgent, String referrer, boolean unique) {

    public boolean bot() {
        return userAgent.bot();
    }
}
