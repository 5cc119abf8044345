package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A creator in a campaign (any membership status), with their figures and posts for the connection's period.")
public record CampaignCreator(@NonNull Membership membership, @NonNull Period period,
        /* How many posts each creator of the page lists. */ @Ignore int postsPerCreator) {

    @Ignore
    public String brandId() {
        return membership.brandId();
    }

    @Ignore
    public String campaignId() {
        return membership.campaignId();
    }

    @Ignore
    public String creatorId() {
        return membership.creatorId();
    }
}
