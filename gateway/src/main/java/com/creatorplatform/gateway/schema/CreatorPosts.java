package com.creatorplatform.gateway.schema;

import com.creatorplatform.proto.tracking.v1.ReportRow;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A creator's first posts in a campaign in scheduled order (as many as the connection's postsPerCreator), "
                + "each with its figures for the period, and how many they have in all.")
public record CreatorPosts(@NonNull List<@NonNull CampaignPost> nodes, @NonNull int totalCount) {

    /**
     * A post with its figures, read with the whole page's posts: the rollup rows and commissions of
     * every post on the page come with it, so its figures cost no further call.
     */
    @Description("A post with its figures for the period.")
    public record CampaignPost(
            @NonNull Post post,
            @Ignore Period period,
            @Ignore Fetched<Map<String, ReportRow>> levelRows,
            @Ignore Fetched<Map<String, Money>> levelCommissions) {

        @Description("The post's figures for the dashboard's period.")
        public Performance getPerformance() {
            return Performance.from(
                    levelRows.get().get(post.id()), period, levelCommissions, post.id());
        }
    }
}
