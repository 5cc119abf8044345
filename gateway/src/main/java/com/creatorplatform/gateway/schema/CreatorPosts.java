package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A creator's first posts in a campaign in scheduled order (as many as the connection's postsPerCreator), "
        + "each with its figures for the period, and how many they have in all.")
public record CreatorPosts(@NonNull List<@NonNull CampaignPost> nodes, @NonNull int totalCount) {

    @Description("A post with its figures for the period.")
    public record CampaignPost(@NonNull Post post, /* The period of the dashboard it is listed in. */ @Ignore Period period) {
    }
}
