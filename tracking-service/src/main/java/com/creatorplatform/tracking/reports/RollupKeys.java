package com.creatorplatform.tracking.reports;

import java.util.UUID;

/**
 * How the daily rollups (click_daily, order_daily) key what has no post or no known platform: every
 * dimension is part of a table's primary key, so none may be null. Clicks and orders write with
 * these, reports read them back.
 */
public final class RollupKeys {

    /** A link or order tied to no post is rolled up under this id. */
    public static final UUID NO_POST = new UUID(0, 0);

    /** A click or order of no known platform is rolled up under this name. */
    public static final String NO_PLATFORM = "";

    private RollupKeys() {}
}
