package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Offer;
import com.creatorplatform.campaign.domain.ResolvedOffer;
import com.creatorplatform.campaign.repository.OfferRepository;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
    private final Clock clock;

    OfferBook(CampaignPlanner campaigns, OfferRepository offers, Clock clock) {
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
