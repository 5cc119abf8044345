package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of posts; pass pageInfo.endCursor as `after` for the next one. */
public record PostConnection(@NonNull List<@NonNull Post> nodes, @NonNull PageInfo pageInfo) {}
