package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Offer;
import com.creatorplatform.campaign.domain.ResolvedOffer;
import com.creatorplatform.campaign.repository.MembershipRepository;
import com.creatorplatform.campaign.repository.OfferRepository;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use cases of offer versions: publishing the next one, and finding the one in effect at a time.
 */
@ApplicationScoped
public class OfferBook {

    private static final Logger LOG = Logger.getLogger(OfferBook.class);

    private final CampaignPlanner campaigns;
    private final OfferRepository offers;
    private final MembershipRepository memberships;
    private final Clock clock;

    OfferBook(
            CampaignPlanner campaigns,
            OfferRepository offers,
            MembershipRepository memberships,
            Clock clock) {
        this.memberships = memberships;
        this.campaigns = campaigns;
        this.offers = offers;
        this.clock = clock;
    }

    /** The campaign row is locked so that two publications cannot both be "after the latest". */
    @WithTransaction
    public Uni<Offer> publish(UUID brandId, UUID campaignId, Offer.Terms terms) {
        return campaigns
                .requireLocked(brandId, campaignId)
                .flatMap(
                        campaign ->
                                offers.latestEffectiveFrom(campaign.id)
                                        .map(
                                                latest ->
                                                        Offer.publish(
                                                                campaign,
                                                                latest,
                                                                terms,
                                                                clock.instant())))
                .call(offers::persist)
                .invoke(
                        o ->
                                LOG.infof(
                                        "published offer %s of campaign %s, effective from %s",
                                        o.id, o.campaignId, o.effectiveFrom));
    }

    public Uni<List<ResolvedOffer>> resolve(
            UUID brandId, List<OfferRepository.Question> questions) {
        return offers.resolve(brandId, questions);
    }

    /**
     * The version in effect at the time of each of the brand's campaigns among the ids that has
     * one; with a creator (null: none), only campaigns the creator has a membership of.
     */
    @WithSession
    public Uni<List<Offer>> inEffect(
            UUID brandId, UUID creatorId, List<UUID> campaignIds, Instant at) {
        return memberships
                .visibleTo(creatorId, campaignIds)
                .flatMap(
                        visible ->
                                offers.resolve(
                                        brandId,
                                        visible.stream()
                                                .map(id -> new OfferRepository.Question(id, at))
                                                .toList()))
                .map(found -> found.stream().map(ResolvedOffer::offer).toList());
    }

    @WithSession
    public Uni<List<Offer>> byIds(UUID brandId, List<UUID> ids) {
        return offers.findByIds(brandId, ids).map(found -> Ids.inAskedOrder(ids, found, o -> o.id));
    }

    @WithSession
    public Uni<Page<Offer>> versions(
            UUID brandId, UUID campaignId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return offers.pageAfter(brandId, campaignId, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, o -> o.effectiveFrom, o -> o.id));
    }
}
