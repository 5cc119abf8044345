package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of a campaign's creators; pass pageInfo.endCursor as `after` for the next one. */
public record CampaignCreatorConnection(
        @NonNull List<@NonNull CampaignCreator> nodes, @NonNull PageInfo pageInfo) {}
