package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A post on the content calendar. feedback is the brand's last request for changes.")
public record Post(
        @Id @NonNull String id,
        @Id @NonNull String campaignId,
        @Id @NonNull String creatorId,
        @NonNull Platform platform,
        @NonNull PostFormat format,
        @NonNull Instant scheduledAt,
        @NonNull String brief,
        @NonNull PostStatus status,
        String caption,
        String feedback,
        @NonNull boolean paidPartnership,
        String publishedUrl,
        Instant publishedAt,
        @NonNull Instant createdAt,
        /* The brand the service answered it for: related records are read in that brand. */ @Ignore
                String brandId) {

    /** The wire post's fields each field of this type needs; the id comes always. */
    private static final Map<String, List<String>> WIRE_FIELDS =
            Map.ofEntries(
                    Map.entry("id", List.of()),
                    Map.entry("__typename", List.of()),
                    Map.entry("campaignId", List.of("campaign_id")),
                    Map.entry("creatorId", List.of("creator_id")),
                    Map.entry("platform", List.of("platform")),
                    Map.entry("format", List.of("format")),
                    Map.entry("scheduledAt", List.of("scheduled_at")),
                    Map.entry("brief", List.of("brief")),
                    Map.entry("status", List.of("status")),
                    Map.entry("caption", List.of("caption")),
                    Map.entry("feedback", List.of("feedback")),
                    Map.entry("paidPartnership", List.of("paid_partnership")),
                    Map.entry("publishedUrl", List.of("published_url")),
                    Map.entry("publishedAt", List.of("published_at")),
                    Map.entry("createdAt", List.of("created_at")),
                    // Read in the post's brand (CreatorSelectionApi).
                    Map.entry("creator", List.of("creator_id", "brand_id")),
                    Map.entry("campaign", List.of("campaign_id", "brand_id")));

    /**
     * What to ask campaign-service to fill for posts of which these fields are selected (a read
     * mask): on the dashboard, two of a post's fifteen. Empty (every field) when a field is not
     * known here.
     */
    public static List<String> wireFields(Collection<String> selected) {
        var wire = new LinkedHashSet<String>();
        for (String field : selected) {
            List<String> needs = WIRE_FIELDS.get(field);
            if (needs == null) {
                return List.of();
            }
            wire.addAll(needs);
        }
        return wire.isEmpty() ? List.of("id") : List.copyOf(wire);
    }

    /**
     * The post; fields the read did not fill (see {@link #wireFields}) are empty, and are not
     * selected.
     */
    public static Post from(com.creatorplatform.proto.campaign.v1.Post p) {
        return new Post(
                p.getId(),
                p.getCampaignId(),
                p.getCreatorId(),
                Platform.fromProto(p.getPlatform()),
                PostFormat.fromProto(p.getFormat()),
                WireTypes.instant(p.getScheduledAt()),
                p.getBrief(),
                PostStatus.fromProto(p.getStatus()),
                Membership.blankToNull(p.getCaption()),
                Membership.blankToNull(p.getFeedback()),
                p.getPaidPartnership(),
                Membership.blankToNull(p.getPublishedUrl()),
                Membership.time(p.hasPublishedAt(), p.getPublishedAt()),
                WireTypes.instant(p.getCreatedAt()),
                p.getBrandId());
    }
}
