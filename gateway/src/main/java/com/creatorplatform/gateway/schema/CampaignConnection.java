package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of campaigns; pass pageInfo.endCursor as `after` for the next one. */
public record CampaignConnection(
        @NonNull List<@NonNull Campaign> nodes, @NonNull PageInfo pageInfo) {}
