package com.creatorplatform.campaign.domain;

/** Which touch wins when an order carries both a creator's code and a qualifying click. */
public enum AttributionPriority {
    CODE_WINS,
    LINK_WINS
}
