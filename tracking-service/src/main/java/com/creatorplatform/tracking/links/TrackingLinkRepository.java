package com.creatorplatform.tracking.links;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrackingLinkRepository implements PanacheRepositoryBase<TrackingLink, UUID> {

    /** Links of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<TrackingLink>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "brandId = :brand and id in :ids",
                Parameters.with("brand", brandId).and("ids", ids));
    }

    /**
     * Stores the link as its post's own link, unless the post has one; answers whether it was
     * stored.
     */
    public Uni<Boolean> insertPostLinkOnce(TrackingLink link) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        insert into tracking_link (id, code, brand_id, campaign_id, creator_id, post_id, platform, destination_url,
                                                   redirect_url, created_at, made_for_post)
                        values (:id, :code, :brand, :campaign, :creator, :post, :platform, :destination, :redirect, :at, true)
                        on conflict (post_id) where made_for_post do nothing""")
                                        .setParameter("id", link.id)
                                        .setParameter("code", link.code)
                                        .setParameter("brand", link.brandId)
                                        .setParameter("campaign", link.campaignId)
                                        .setParameter("creator", link.creatorId)
                                        .setParameter("post", link.postId)
                                        .setParameter("platform", link.platform)
                                        .setParameter("destination", link.destinationUrl)
                                        .setParameter("redirect", link.redirectUrl)
                                        .setParameter("at", link.createdAt)
                                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
