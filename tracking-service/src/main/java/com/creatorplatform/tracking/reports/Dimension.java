package com.creatorplatform.tracking.reports;

/** What a report can be grouped by, and the rollup column behind it. */
public enum Dimension {
    DAY("day"),
    CAMPAIGN("campaign_id"),
    CREATOR("creator_id"),
    POST("post_id"),
    PLATFORM("platform");

    final String column;

    Dimension(String column) {
        this.column = column;
    }
}
