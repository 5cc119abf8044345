package com.creatorplatform.tracking.clicks;

import java.util.UUID;

/** What the redirect needs to know about a link, kept in memory; a null platform is not known. */
public record LinkTarget(
        UUID linkId,
        UUID brandId,
        UUID campaignId,
        UUID creatorId,
        UUID postId,
        String platform,
        String redirectUrl) {

    /** The redirect URL with the click id appended (the only per-click part of the Location). */
    public String locationFor(UUID clickId) {
        return redirectUrl + (redirectUrl.indexOf('?') < 0 ? "?" : "&") + "cp_click=" + clickId;
    }
}
