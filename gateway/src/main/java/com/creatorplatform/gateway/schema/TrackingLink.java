package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A creator's tracking link: share `url`; `/r/{code}` records the click and sends the visitor on.")
public record TrackingLink(
        @Id @NonNull String id,
        @NonNull String code,
        @NonNull String url,
        @NonNull String campaignId,
        @NonNull String creatorId,
        String postId,
        Platform platform,
        @NonNull String destinationUrl,
        @Description(
                        "The post's own link, made when the post was published; false for a link made by hand.")
                @NonNull
                boolean madeForPost,
        @NonNull Instant createdAt) {

    /**
     * @param redirectBase where the public redirect lives, e.g. https://go.example.com
     */
    public static TrackingLink from(
            com.creatorplatform.proto.tracking.v1.TrackingLink link, String redirectBase) {
        return new TrackingLink(
                link.getId(),
                link.getCode(),
                redirectBase + "/r/" + link.getCode(),
                link.getCampaignId(),
                link.getCreatorId(),
                link.getPostId().isEmpty() ? null : link.getPostId(),
                Platform.fromName(link.getPlatform()),
                link.getDestinationUrl(),
                link.getMadeForPost(),
                WireTypes.instant(link.getCreatedAt()));
    }
}
