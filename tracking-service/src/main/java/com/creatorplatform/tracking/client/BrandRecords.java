package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsRequest;
import com.creatorplatform.proto.campaign.v1.Post;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Whether the records a new link or discount code names belong to its brand, asked of
 * campaign-service: a campaign or creator of another brand, or one that does not exist, is NOT_FOUND
 * (the same answer, so a brand learns nothing of others' ids), and nothing is stored.
 */
@ApplicationScoped
public class BrandRecords {

    private final CampaignCalls campaigns;

    BrandRecords(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /** Completes when the campaign and creator (and the post, when given: theirs) are the brand's. */
    public Uni<Void> requireOwned(UUID brandId, UUID campaignId, UUID creatorId, UUID postId) {
        String brand = brandId.toString();
        Uni<Boolean> campaign = campaigns.stub()
                .batchGetCampaigns(BatchGetCampaignsRequest.newBuilder().setBrandId(brand).addIds(campaignId.toString()).build())
                .map(found -> found.getCampaignsCount() == 1);
        Uni<Boolean> creator = campaigns.stub()
                .batchGetCreators(BatchGetCreatorsRequest.newBuilder().setBrandId(brand).addIds(creatorId.toString()).build())
                .map(found -> found.getCreatorsCount() == 1);
        Uni<Boolean> post = postId == null ? Uni.createFrom().item(true) : campaigns.stub()
                .batchGetPosts(BatchGetPostsRequest.newBuilder().setBrandId(brand).addIds(postId.toString()).build())
                .map(found -> found.getPostsList().stream().anyMatch(p -> belongs(p, campaignId, creatorId)));
        return Uni.combine().all().unis(campaign, creator, post).asTuple()
                .onFailure().transform(failure -> CampaignCalls.unavailable("tell whether the records belong to the brand", failure))
                .map(owned -> {
                    if (!owned.getItem1()) {
                        throw ApiError.notFound("campaign " + campaignId + " does not exist in brand " + brandId);
                    }
                    if (!owned.getItem2()) {
                        throw ApiError.notFound("creator " + creatorId + " does not exist in brand " + brandId);
                    }
                    if (!owned.getItem3()) {
                        throw ApiError.notFound("post " + postId + " of creator " + creatorId + " in campaign " + campaignId
                                + " does not exist in brand " + brandId);
                    }
                    return null;
                });
    }

    private static boolean belongs(Post post, UUID campaignId, UUID creatorId) {
        return post.getCampaignId().equals(campaignId.toString()) && post.getCreatorId().equals(creatorId.toString());
    }
}
