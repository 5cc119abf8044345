package com.creatorplatform.tracking.links;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsRequest;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.Post;
import com.creatorplatform.tracking.client.CampaignCalls;
import com.creatorplatform.tracking.wire.PlatformNames;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the records a new link or discount code names belong to its brand, asked of
 * campaign-service: a campaign or creator of another brand, or one that does not exist, is
 * NOT_FOUND (the same answer, so a brand learns nothing of others' ids), and nothing is stored. The
 * same answer tells what the campaign and creator are called, for a link's UTM values.
 */
@ApplicationScoped
public class BrandRecords {

    private final CampaignCalls campaigns;

    BrandRecords(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * What the campaign and creator are called, once they (and the post, when given: theirs) are
     * known to be the brand's.
     */
    public Uni<LinkNames> requireOwned(UUID brandId, UUID campaignId, UUID creatorId, UUID postId) {
        String brand = brandId.toString();
        Uni<Optional<Campaign>> campaign =
                campaigns
                        .stub()
                        .batchGetCampaigns(
                                BatchGetCampaignsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addIds(campaignId.toString())
                                        .build())
                        .map(found -> found.getCampaignsList().stream().findFirst());
        Uni<Optional<Creator>> creator =
                campaigns
                        .creatorStub()
                        .batchGetCreators(
                                BatchGetCreatorsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addIds(creatorId.toString())
                                        .build())
                        .map(found -> found.getCreatorsList().stream().findFirst());
        Uni<Boolean> post =
                postId == null
                        ? Uni.createFrom().item(true)
                        : campaigns
                                .calendarStub()
                                .batchGetPosts(
                                        BatchGetPostsRequest.newBuilder()
                                                .setBrandId(brand)
                                                .addIds(postId.toString())
                                                .build())
                                .map(
                                        found ->
                                                found.getPostsList().stream()
                                                        .anyMatch(
                                                                p ->
                                                                        belongs(
                                                                                p,
                                                                                campaignId,
                                                                                creatorId)));
        return Uni.combine()
                .all()
                .unis(campaign, creator, post)
                .asTuple()
                .onFailure()
                .transform(
                        failure ->
                                CampaignCalls.unavailable(
                                        "tell whether the records belong to the brand", failure))
                .map(
                        owned -> {
                            if (owned.getItem1().isEmpty()) {
                                throw ApiError.notFound(
                                        "campaign "
                                                + campaignId
                                                + " does not exist in brand "
                                                + brandId);
                            }
                            if (owned.getItem2().isEmpty()) {
                                throw ApiError.notFound(
                                        "creator "
                                                + creatorId
                                                + " does not exist in brand "
                                                + brandId);
                            }
                            if (!owned.getItem3()) {
                                throw ApiError.notFound(
                                        "post "
                                                + postId
                                                + " of creator "
                                                + creatorId
                                                + " in campaign "
                                                + campaignId
                                                + " does not exist in brand "
                                                + brandId);
                            }
                            return names(owned.getItem1().get(), owned.getItem2().get());
                        });
    }

    private static LinkNames names(Campaign campaign, Creator creator) {
        return new LinkNames(
                campaign.getName(),
                creator.getAccountsList().stream()
                        .map(
                                a ->
                                        new LinkNames.Account(
                                                PlatformNames.of(a.getPlatform()),
                                                a.getHandle(),
                                                a.getFollowers()))
                        .toList());
    }

    private static boolean belongs(Post post, UUID campaignId, UUID creatorId) {
        return post.getCampaignId().equals(campaignId.toString())
                && post.getCreatorId().equals(creatorId.toString());
    }
}
