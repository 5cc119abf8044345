package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of memberships; pass pageInfo.endCursor as `after` for the next one. */
public record MembershipConnection(
        @NonNull List<@NonNull Membership> nodes, @NonNull PageInfo pageInfo) {}
