package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Inputs.CreateTrackingLinkInput;
import com.creatorplatform.gateway.schema.Inputs.CreateTrackingLinkPayload;
import com.creatorplatform.gateway.schema.Platform;
import com.creatorplatform.gateway.schema.TrackingLink;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Tracking links, answered by tracking-service. */
@GraphQLApi
public class TrackingApi {

    private final Caller caller;
    private final CampaignClient campaigns;
    private final TrackingClient tracking;
    private final String redirectBase;

    TrackingApi(
            Caller caller,
            CampaignClient campaigns,
            TrackingClient tracking,
            @ConfigProperty(name = "platform.redirect-base-url") String redirectBase) {
        this.caller = caller;
        this.campaigns = campaigns;
        this.tracking = tracking;
        this.redirectBase = redirectBase;
    }

    @Query
    @Description(
            "Tracking links of the caller's brand by id, in the order asked; unknown ids are left out.")
    public Uni<@NonNull List<@NonNull TrackingLink>> trackingLinks(
            @NonNull List<@NonNull String> ids) {
        return tracking.links(caller.brandToRead(), ids)
                .map(links -> links.stream().map(l -> TrackingLink.from(l, redirectBase)).toList());
    }

    @Mutation
    @Description(
            "Creates a creator's tracking link for a campaign of the caller's brand. Brand admins only.")
    public Uni<@NonNull CreateTrackingLinkPayload> createTrackingLink(
            @NonNull CreateTrackingLinkInput input) {
        String brandId = caller.brandToWrite();
        // The campaign must be the caller's own: another brand's campaign id is simply not found.
        return campaigns
                .campaigns(ReadScope.brand(brandId), List.of(input.campaignId()))
                .flatMap(
                        found -> {
                            if (found.isEmpty()) {
                                throw new ApiGraphQLError.NotFound(
                                        "campaign " + input.campaignId() + " does not exist");
                            }
                            return tracking.createLink(
                                    CreateTrackingLinkRequest.newBuilder()
                                            .setBrandId(brandId)
                                            .setCampaignId(input.campaignId())
                                            .setCreatorId(input.creatorId())
                                            .setPostId(input.postId() == null ? "" : input.postId())
                                            .setDestinationUrl(input.destinationUrl())
                                            .setPlatform(Platform.toName(input.platform()))
                                            .build());
                        })
                .map(link -> new CreateTrackingLinkPayload(TrackingLink.from(link, redirectBase)));
    }
}
