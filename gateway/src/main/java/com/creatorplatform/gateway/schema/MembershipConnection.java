package com.creatorplatform.gateway.schema;

import com.creatorplatform.proto.campaign.v1.ListMembershipsResponse;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of memberships; pass pageInfo.endCursor as `after` for the next one. */
public record MembershipConnection(
        @NonNull List<@NonNull Membership> nodes, @NonNull PageInfo pageInfo) {

    /** A page of campaign-service's memberships (a campaign's or a creator's). */
    public static MembershipConnection from(ListMembershipsResponse page) {
        return new MembershipConnection(
                page.getMembershipsList().stream().map(Membership::from).toList(),
                PageInfo.of(page.getPageInfo()));
    }
}
