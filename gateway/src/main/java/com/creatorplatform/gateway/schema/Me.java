package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "The signed-in creator: their invitations, campaigns (with terms, links, codes and figures), posts, "
                + "earnings and statements. Always the token's own creator records.")
public record Me(
        @Description(
                        "The creator records of this account, one per brand the creator works with (today one).")
                @NonNull
                List<@NonNull String> creatorIds) {

    public Me {
        creatorIds = List.copyOf(creatorIds);
    }

    @Id
    @NonNull
    @Description("The first of creatorIds (the only one while a creator works with one brand).")
    public String getCreatorId() {
        return creatorIds.get(0);
    }
}
