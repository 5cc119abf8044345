package com.creatorplatform.campaign.domain;

/** What kind of content a post is. */
public enum PostFormat {
    REEL,
    VIDEO,
    STORY,
    STREAM,
    NEWSLETTER,
    BLOG
}
