package com.creatorplatform.tracking.service;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.tracking.domain.TrackingLink;
import com.creatorplatform.tracking.order.DiscountCode;
import com.creatorplatform.tracking.repository.UniqueViolation;
import com.creatorplatform.tracking.repository.TrackingLinkRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of tracking links and discount codes. */
@ApplicationScoped
public class LinkRegistry {

    private static final Logger LOG = Logger.getLogger(LinkRegistry.class);

    /** What a new link is made of, as the caller asked for it. */
    public record NewLink(UUID brandId, UUID campaignId, UUID creatorId, UUID postId, String destinationUrl, TrackingLink.Utm utm) {
    }

    private final TrackingLinkRepository links;
    private final Clock clock;

    LinkRegistry(TrackingLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TrackingLink> create(NewLink request) {
        return Uni.createFrom()
                .item(() -> TrackingLink.create(request.brandId(), request.campaignId(), request.creatorId(), request.postId(),
                        request.destinationUrl(), request.utm(), clock.instant()))
                .call(links::persist)
                .invoke(link -> LOG.infof("created link %s (%s) for creator %s in campaign %s", link.id, link.code,
                        link.creatorId, link.campaignId));
    }

    /** A new discount code; ALREADY_EXISTS when the brand has it (in any case). */
    @WithTransaction
    public Uni<DiscountCode> createCode(UUID brandId, String code, UUID creatorId, UUID campaignId) {
        var discount = DiscountCode.create(brandId, code, creatorId, campaignId, clock.instant());
        // The unique index decides, so two racing creations of one code cannot both succeed.
        return discount.<DiscountCode>persistAndFlush()
                .onFailure(failure -> UniqueViolation.of(failure, "discount_code_per_brand"))
                .transform(taken -> ApiError.alreadyExists("the brand already has the discount code '" + discount.code + "'"))
                .invoke(d -> LOG.infof("created discount code %s for creator %s in campaign %s", d.code, d.creatorId, d.campaignId));
    }

    @WithSession
    public Uni<List<TrackingLink>> byIds(UUID brandId, List<UUID> ids) {
        return links.findByIds(brandId, ids).map(found -> Ids.inAskedOrder(ids, found, l -> l.id));
    }
}
