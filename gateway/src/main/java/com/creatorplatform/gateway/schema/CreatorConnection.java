package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of creators; pass pageInfo.endCursor as `after` for the next one. */
public record CreatorConnection(
        @NonNull List<@NonNull Creator> nodes, @NonNull PageInfo pageInfo) {}
