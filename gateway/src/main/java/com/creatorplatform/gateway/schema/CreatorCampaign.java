package com.creatorplatform.gateway.schema;

import com.creatorplatform.gateway.schema.ReportTypes.DiscountCode;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A campaign as the signed-in creator works in it: the offer terms in effect, their links and discount "
                + "codes, their figures and their posts with theirs for the period. The creator's own only: never "
                + "another creator's, nor the brand's budget.")
public record CreatorCampaign(
        @NonNull Membership membership,
        @Description("The UTC days the figures cover.") @NonNull Period period,
        @Ignore Reads reads) {

    /**
     * What was read for all the campaigns of one creator record in one round, one call per kind
     * (the offers excepted: one per campaign), each kept with the error that may have kept it away.
     * Reads the request did not select are empty. Maps are by campaign id, the posts' figures by
     * post id.
     */
    public record Reads(
            Map<String, Campaign> campaigns,
            Fetched<Map<String, Offer>> offers,
            Fetched<Map<String, List<TrackingLink>>> links,
            Fetched<Map<String, List<DiscountCode>>> codes,
            Fetched<Map<String, ReportRow>> rows,
            Fetched<Map<String, Money>> commissions,
            Fetched<Map<String, List<Post>>> posts,
            Fetched<Map<String, ReportRow>> postRows,
            Fetched<Map<String, Money>> postCommissions,
            int postsPerCampaign) {}

    @Description(
            "The campaign: name, status, dates, landing page (its brand-only fields are refused).")
    public Campaign getCampaign() {
        return reads.campaigns().get(campaignId());
    }

    @Description("The offer version in effect now; null while the brand has published none.")
    public Offer getOffer() {
        return reads.offers().get().get(campaignId());
    }

    @Description(
            "The creator's links in the campaign, newest first: the links made for them and each post's own link.")
    public @NonNull List<@NonNull TrackingLink> getLinks() {
        return reads.links().get().getOrDefault(campaignId(), List.of());
    }

    @Description("The creator's discount codes for the campaign, newest first.")
    public @NonNull List<@NonNull DiscountCode> getDiscountCodes() {
        return reads.codes().get().getOrDefault(campaignId(), List.of());
    }

    @Description(
            "The creator's figures in the campaign for the period: the same the brand's dashboard shows for them.")
    public Performance getPerformance() {
        return Performance.from(
                reads.rows().get().get(campaignId()), period, reads.commissions(), campaignId());
    }

    @Description(
            "The creator's posts in the campaign in scheduled order (their calendar), each with its own link and "
                    + "figures.")
    public @NonNull CreatorCampaignPosts getPosts() {
        List<Post> all = reads.posts().get().getOrDefault(campaignId(), List.of());
        return new CreatorCampaignPosts(
                all.stream()
                        .limit(reads.postsPerCampaign())
                        .map(post -> new CreatorCampaignPost(post, this))
                        .toList(),
                all.size());
    }

    private String campaignId() {
        return membership.campaignId();
    }

    @Description(
            "A creator's first posts in a campaign (as many as postsPerCampaign) and how many they have in all.")
    public record CreatorCampaignPosts(
            @NonNull List<@NonNull CreatorCampaignPost> nodes, @NonNull int totalCount) {}

    @Description("One of the creator's posts with its own link and its figures for the period.")
    public record CreatorCampaignPost(@NonNull Post post, @Ignore CreatorCampaign campaign) {

        @Description(
                "The post's own link (made when it was published), or else the first made for it by hand; null "
                        + "before it has one.")
        public TrackingLink getLink() {
            return campaign
                    .reads()
                    .links()
                    .get()
                    .getOrDefault(post.campaignId(), List.of())
                    .stream()
                    .filter(link -> post.id().equals(link.postId()))
                    .min(
                            Comparator.comparing((TrackingLink link) -> !link.madeForPost())
                                    .thenComparing(TrackingLink::createdAt))
                    .orElse(null);
        }

        @Description(
                "The post's figures for the period: the same the brand's dashboard shows for it.")
        public Performance getPerformance() {
            return Performance.from(
                    campaign.reads().postRows().get().get(post.id()),
                    campaign.period(),
                    campaign.reads().postCommissions(),
                    post.id());
        }
    }
}
