package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A post on the content calendar. feedback is the brand's last request for changes.")
public record Post(@Id @NonNull String id, @Id @NonNull String campaignId, @Id @NonNull String creatorId,
        @NonNull Platform platform, @NonNull PostFormat format, @NonNull Instant scheduledAt, @NonNull String brief,
        @NonNull PostStatus status, String caption, String feedback, @NonNull boolean paidPartnership, String publishedUrl,
        Instant publishedAt, @NonNull Instant createdAt,
        /* The brand the service answered it for: related records are read in that brand. */ @Ignore String brandId) {

    public static Post from(com.creatorplatform.proto.campaign.v1.Post p) {
        return new Post(p.getId(), p.getCampaignId(), p.getCreatorId(), Platform.fromProto(p.getPlatform()),
                PostFormat.fromProto(p.getFormat()), WireTypes.instant(p.getScheduledAt()), p.getBrief(),
                PostStatus.fromProto(p.getStatus()), Membership.blankToNull(p.getCaption()), Membership.blankToNull(p.getFeedback()),
                p.getPaidPartnership(), Membership.blankToNull(p.getPublishedUrl()),
                Membership.time(p.hasPublishedAt(), p.getPublishedAt()), WireTypes.instant(p.getCreatedAt()), p.getBrandId());
    }
}
