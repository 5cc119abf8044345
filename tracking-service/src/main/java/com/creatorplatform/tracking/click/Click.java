package com.creatorplatform.tracking.click;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import java.time.Instant;
import java.util.UUID;

/** One click as the redirect saw it, waiting to be written; {@code campaignStatus} is the link's campaign's status then. */
public record Click(UUID id, Instant at, LinkTarget link, CampaignStatus campaignStatus, UUID visitorId, String ipHash,
        String userAgent, String referrer, boolean bot, boolean unique) {
}
