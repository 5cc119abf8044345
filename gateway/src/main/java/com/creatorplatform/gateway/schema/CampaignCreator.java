package com.creatorplatform.gateway.schema;

import com.creatorplatform.proto.tracking.v1.ReportRow;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A creator in a campaign (any membership status), with their figures and posts for the connection's period.")
public record CampaignCreator(
        @NonNull Membership membership, @NonNull Period period, @Ignore PageReads page) {

    /**
     * What was read for the whole page of creators in one round after its memberships, each answer
     * kept with the error that may have kept it away. Reads the request did not ask for are empty.
     */
    public record PageReads(
            Fetched<Map<String, Creator>> creators,
            Fetched<Map<String, ReportRow>> rows,
            Fetched<Map<String, Money>> commissions,
            Fetched<Map<String, CreatorPosts>> posts) {}

    @Description("The creator's profile (one batch read for the whole page).")
    public Creator getCreator() {
        return page.creators().get().get(membership.creatorId());
    }

    @Description(
            "The creator's figures in this campaign for the period (one report and one read of commissions for "
                    + "the whole page).")
    public Performance getPerformance() {
        return Performance.from(
                page.rows().get().get(membership.creatorId()),
                period,
                page.commissions(),
                membership.creatorId());
    }

    @Description(
            "The creator's first posts in the campaign in scheduled order, each with its figures (one read of the "
                    + "posts, one report and one read of commissions for the whole page).")
    public CreatorPosts getPosts() {
        return page.posts().get().get(membership.creatorId());
    }
}
