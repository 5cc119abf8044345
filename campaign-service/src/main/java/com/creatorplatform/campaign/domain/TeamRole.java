package com.creatorplatform.campaign.domain;

/** What a member of a brand's team may do: an admin changes everything, a viewer reads. */
public enum TeamRole {
    ADMIN,
    VIEWER
}
