package com.creatorplatform.tracking.links;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.FeedCursors;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.tracking.client.BrandSettings;
import com.creatorplatform.tracking.orders.DiscountCode;
import com.creatorplatform.tracking.persistence.CreatorListing;
import com.creatorplatform.tracking.persistence.UniqueViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of tracking links (made by hand, or for each approved post) and discount codes. */
@ApplicationScoped
public class LinkRegistry {

    private static final Logger LOG = Logger.getLogger(LinkRegistry.class);

    /** What a new link is made of, as the caller asked for it; a null platform is not known. */
    public record NewLink(
            UUID brandId,
            UUID campaignId,
            UUID creatorId,
            UUID postId,
            String platform,
            String destinationUrl,
            TrackingLink.Utm utm) {

        /**
         * This link with the UTM values its caller left out taken from what the records call its
         * campaign and creator.
         */
        NewLink named(LinkNames names) {
            return new NewLink(
                    brandId,
                    campaignId,
                    creatorId,
                    postId,
                    platform,
                    destinationUrl,
                    utm.or(names.utmOn(platform)));
        }
    }

    /**
     * campaign-service's feed of approved posts, in feed_cursor (it replaced the publications feed,
     * ADR 0065).
     */
    static final String POST_FEED = "campaign.approved-posts";

    private final TrackingLinkRepository links;
    private final BrandSettings brands;
    private final BrandRecords records;
    private final Clock clock;

    LinkRegistry(
            TrackingLinkRepository links, BrandSettings brands, BrandRecords records, Clock clock) {
        this.links = links;
        this.brands = brands;
        this.records = records;
        this.clock = clock;
    }

    /**
     * A link made by hand. Its destination must be on one of the brand's allowed domains (no open
     * redirect): INVALID_ARGUMENT otherwise; its campaign, creator and post must be the brand's;
     * NOT_FOUND for an unknown brand or a record not of the brand, UNAVAILABLE when
     * campaign-service cannot tell; nothing is stored then. UTM values the caller leaves out are
     * the records' names.
     */
    public Uni<TrackingLink> create(NewLink request) {
        return brands.allowedDomains(request.brandId())
                .flatMap(
                        allowed ->
                                records.requireOwned(
                                                request.brandId(),
                                                request.campaignId(),
                                                request.creatorId(),
                                                request.postId())
                                        .map(
                                                names -> {
                                                    allowed.requirePermitted(
                                                            "destination_url",
                                                            request.destinationUrl());
                                                    return link(request.named(names));
                                                }))
                .call(link -> Panache.withTransaction(() -> links.persist(link)))
                .invoke(
                        link ->
                                LOG.infof(
                                        "created link %s (%s) for creator %s in campaign %s",
                                        link.id, link.code, link.creatorId, link.campaignId));
    }

    /**
     * A new discount code of the brand's creator in the brand's campaign (NOT_FOUND otherwise, as
     * for links); ALREADY_EXISTS when the brand has it (in any case).
     */
    public Uni<DiscountCode> createCode(
            UUID brandId, String code, UUID creatorId, UUID campaignId) {
        var discount = DiscountCode.create(brandId, code, creatorId, campaignId, clock.instant());
        return records.requireOwned(brandId, campaignId, creatorId, null)
                .chain(() -> Panache.withTransaction(() -> store(discount)));
    }

    private Uni<DiscountCode> store(DiscountCode discount) {
        // The unique index decides, so two racing creations of one code cannot both succeed.
        return discount.<DiscountCode>persistAndFlush()
                .onFailure(failure -> UniqueViolation.of(failure, "discount_code_per_brand"))
                .transform(
                        taken ->
                                ApiError.alreadyExists(
                                        "the brand already has the discount code '"
                                                + discount.code
                                                + "'"))
                .invoke(
                        d ->
                                LOG.infof(
                                        "created discount code %s for creator %s in campaign %s",
                                        d.code, d.creatorId, d.campaignId));
    }

    /** Where the post links stand in campaign-service's feed of approved posts. */
    @WithSession
    public Uni<String> postFeedCursor() {
        return FeedCursors.position(POST_FEED);
    }

    /**
     * Moves the feed's cursor from {@code after} to {@code next} and gives each approved post in
     * between its own link (once per post, however often the feed delivers it), in one transaction.
     * A post's link goes to its campaign's landing page, which campaign-service already held to the
     * brand's allowed domains. Answers false, creating nothing, when the cursor was no longer at
     * {@code after} (another replica created them).
     */
    @WithTransaction
    public Uni<Boolean> createPostLinks(String after, String next, List<NewLink> posts) {
        return FeedCursors.move(POST_FEED, after, next, clock.instant())
                .chain(
                        moved -> {
                            if (!moved) {
                                return Uni.createFrom().item(false);
                            }
                            Uni<Void> chain = Uni.createFrom().voidItem();
                            for (NewLink post : posts) {
                                chain =
                                        chain.chain(
                                                () -> {
                                                    var link = link(post);
                                                    return links.insertPostLinkOnce(link)
                                                            .invoke(
                                                                    created -> {
                                                                        if (created) {
                                                                            LOG.infof(
                                                                                    "created link %s (%s) for post %s of creator %s",
                                                                                    link.id,
                                                                                    link.code,
                                                                                    link.postId,
                                                                                    link.creatorId);
                                                                        }
                                                                    })
                                                            .replaceWithVoid();
                                                });
                            }
                            return chain.replaceWith(true);
                        });
    }

    private TrackingLink link(NewLink request) {
        return TrackingLink.create(
                request.brandId(),
                request.campaignId(),
                request.creatorId(),
                request.postId(),
                request.platform(),
                request.destinationUrl(),
                request.utm(),
                clock.instant());
    }

    /** One page of a creator's links, newest first. */
    @WithSession
    public Uni<Page<TrackingLink>> ofCreator(CreatorListing listing) {
        return listing.read(links::find, link -> link.createdAt, link -> link.id);
    }

    /** One page of a creator's discount codes, newest first. */
    @WithSession
    public Uni<Page<DiscountCode>> codesOfCreator(CreatorListing listing) {
        return listing.read(
                (query, parameters) -> DiscountCode.find(query, parameters),
                code -> code.createdAt,
                code -> code.id);
    }

    @WithSession
    public Uni<List<TrackingLink>> byIds(UUID brandId, List<UUID> ids) {
        return links.findByIds(brandId, ids).map(found -> Ids.inAskedOrder(ids, found, l -> l.id));
    }
}
