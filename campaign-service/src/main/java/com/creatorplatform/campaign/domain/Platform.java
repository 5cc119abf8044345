package com.creatorplatform.campaign.domain;

/** Where a creator publishes. */
public enum Platform {
    INSTAGRAM,
    TIKTOK,
    YOUTUBE,
    TWITCH,
    NEWSLETTER,
    BLOG
}
