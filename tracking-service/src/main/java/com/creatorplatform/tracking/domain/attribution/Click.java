package com.creatorplatform.tracking.domain.attribution;

import java.time.Instant;
import java.util.UUID;

/**
 * A click of the order's visitor on any link of the brand (the caller selects the brand's links;
 * the engine does not check brands).
 *
 * @param postId the post the link was made for; null for a link without a post
 * @param platform where the link is shared (a campaign-service platform name); null when not known
 * @param bot whether the click came from a known crawler; bot clicks never attribute
 * @param campaignStatus the campaign's status when the click was made; a click while it was paused
 *     or ended never attributes
 */
public record Click(
        UUID clickId,
        UUID linkId,
        UUID creatorId,
        UUID campaignId,
        UUID postId,
        String platform,
        Instant at,
        boolean bot,
        CampaignStatus campaignStatus) {

    public Click {
        Checks.required("click_id", clickId);
        Checks.required("link_id", linkId);
        Checks.required("creator_id", creatorId);
        Checks.required("campaign_id", campaignId);
        Checks.required("click time", at);
        Checks.required("campaign_status", campaignStatus);
    }
}
