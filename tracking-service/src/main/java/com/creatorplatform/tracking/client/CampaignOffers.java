package com.creatorplatform.tracking.client;

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
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The offer terms in effect for campaigns at an order's time, from campaign-service (one call per
 * order).
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

    public Uni<InEffect> at(UUID brandId, Collection<UUID> campaignIds, Instant at) {
        if (campaignIds.isEmpty()) {
            return Uni.createFrom().item(new InEffect(Map.of()));
        }
        var request = ResolveOffersRequest.newBuilder().setBrandId(brandId.toString());
        campaignIds.forEach(
                id ->
                        request.addQueries(
                                OfferQuery.newBuilder()
                                        .setCampaignId(id.toString())
                                        .setAt(WireTypes.timestamp(at))));
        return campaigns
                .offerStub()
                .resolveOffers(request.build())
                .map(
                        response ->
                                new InEffect(
                                        response.getOffersList().stream()
                                                .collect(
                                                        Collectors.toMap(
                                                                o ->
                                                                        UUID.fromString(
                                                                                o.getQuery()
                                                                                        .getCampaignId()),
                                                                o -> o,
                                                                (a, b) -> a))))
                .onFailure()
                .transform(failure -> CampaignCalls.unavailable("give the offer terms", failure));
    }
}
