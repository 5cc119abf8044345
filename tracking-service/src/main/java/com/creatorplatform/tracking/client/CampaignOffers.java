package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.AttributionPriority;
import com.creatorplatform.proto.campaign.v1.OfferQuery;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ResolvedOffer;
import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import com.creatorplatform.tracking.domain.attribution.OfferTerms;
import com.creatorplatform.tracking.domain.attribution.Priority;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The offer terms in effect for campaigns at orders' times, from campaign-service (one call per
 * batch of orders).
 */
@ApplicationScoped
public class CampaignOffers {

    /** The offers of the campaigns asked about; a campaign without one gets the default terms. */
    public record InEffect(Map<UUID, ResolvedOffer> byCampaign) {

        public OfferTerms terms(UUID campaignId) {
            ResolvedOffer resolved = byCampaign.get(campaignId);
            if (resolved == null) {
                return OfferTerms.defaults();
            }
            var offer = resolved.getOffer();
            int window =
                    offer.getAttributionWindowDays() > 0
                            ? offer.getAttributionWindowDays()
                            : OfferTerms.defaults().attributionWindowDays();
            var priority =
                    offer.getPriority() == AttributionPriority.ATTRIBUTION_PRIORITY_LINK_WINS
                            ? Priority.LINK_WINS
                            : Priority.CODE_WINS;
            return new OfferTerms(UUID.fromString(offer.getId()), window, priority);
        }

        /**
         * The campaign's status now, as campaign-service answers it with the offer; UNKNOWN for a
         * campaign without an offer in effect, which earns nothing whatever its status.
         */
        public CampaignStatus status(UUID campaignId) {
            ResolvedOffer resolved = byCampaign.get(campaignId);
            return resolved == null
                    ? CampaignStatus.UNKNOWN
                    : CampaignStatuses.toDomain(resolved.getCampaignStatus());
        }

        /** What the order keeps of its campaign's offer, so later changes never rewrite it. */
        public byte[] snapshot(UUID campaignId) {
            ResolvedOffer resolved = campaignId == null ? null : byCampaign.get(campaignId);
            return resolved == null ? null : resolved.toByteArray();
        }
    }

    private final CampaignCalls campaigns;

    CampaignOffers(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /** A campaign asked about at an order's time. */
    public record Query(UUID campaignId, Instant at) {}

    /** The offers in effect for many orders' campaigns and times, answered in one call. */
    public record Resolved(Map<Query, ResolvedOffer> byQuery) {

        /** What was in effect at {@code at} for the campaigns asked about at that time. */
        public InEffect at(Instant at) {
            var byCampaign = new HashMap<UUID, ResolvedOffer>();
            byQuery.forEach(
                    (query, offer) -> {
                        if (query.at().equals(at)) {
                            byCampaign.put(query.campaignId(), offer);
                        }
                    });
            return new InEffect(byCampaign);
        }
    }

    /**
     * The offers in effect for each campaign at each time asked (orders of a batch each have
     * theirs), in one call.
     */
    public Uni<Resolved> atEach(UUID brandId, Set<Query> queries) {
        if (queries.isEmpty()) {
            return Uni.createFrom().item(new Resolved(Map.of()));
        }
        return Uni.join()
                .all(
                        Ids.inBatches(List.copyOf(queries)).stream()
                                .map(chunk -> resolve(brandId, chunk))
                                .toList())
                .andFailFast()
                .map(
                        parts -> {
                            var byQuery = new HashMap<Query, ResolvedOffer>();
                            parts.forEach(byQuery::putAll);
                            return new Resolved(byQuery);
                        });
    }

    private Uni<Map<Query, ResolvedOffer>> resolve(UUID brandId, List<Query> queries) {
        var request = ResolveOffersRequest.newBuilder().setBrandId(brandId.toString());
        queries.forEach(
                query ->
                        request.addQueries(
                                OfferQuery.newBuilder()
                                        .setCampaignId(query.campaignId().toString())
                                        .setAt(WireTypes.timestamp(query.at()))));
        return campaigns
                .offerStub()
                .resolveOffers(request.build())
                .map(
                        response -> {
                            var byQuery = new HashMap<Query, ResolvedOffer>();
                            for (ResolvedOffer offer : response.getOffersList()) {
                                byQuery.putIfAbsent(
                                        new Query(
                                                UUID.fromString(offer.getQuery().getCampaignId()),
                                                WireTypes.instant(offer.getQuery().getAt())),
                                        offer);
                            }
                            return (Map<Query, ResolvedOffer>) byQuery;
                        })
                .onFailure()
                .transform(failure -> CampaignCalls.unavailable("give the offer terms", failure));
    }
}
