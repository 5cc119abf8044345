package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.OfferMapping;
import com.creatorplatform.campaign.service.OfferBook;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersInEffectRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersInEffectResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersResponse;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsRequest;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsResponse;
import com.creatorplatform.proto.campaign.v1.Offer;
import com.creatorplatform.proto.campaign.v1.OfferService;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.util.UUID;

/**
 * Offer versions: publishing, reading, and resolving the version in effect at a time. Thin adapter:
 * parse the request, call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class OfferGrpcService implements OfferService {

    private final OfferBook offers;
    private final Clock clock;

    OfferGrpcService(OfferBook offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public Uni<Offer> publishOffer(PublishOfferRequest request) {
        return GrpcCalls.run(
                () ->
                        offers.publish(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        OfferMapping.toTerms(request))
                                .map(OfferMapping::toProto));
    }

    @Override
    public Uni<BatchGetOffersResponse> batchGetOffers(BatchGetOffersRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return offers.byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetOffersResponse.newBuilder()
                                                    .addAllOffers(
                                                            found.stream()
                                                                    .map(OfferMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<BatchGetOffersInEffectResponse> batchGetOffersInEffect(
            BatchGetOffersInEffectRequest request) {
        return GrpcCalls.run(
                () ->
                        offers.inEffect(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parseOptional("creator_id", request.getCreatorId()),
                                        Ids.parseBatch(
                                                "campaign_ids", request.getCampaignIdsList()),
                                        request.hasAt()
                                                ? WireTypes.instant(request.getAt())
                                                : clock.instant())
                                .map(
                                        found ->
                                                BatchGetOffersInEffectResponse.newBuilder()
                                                        .addAllOffers(
                                                                found.stream()
                                                                        .map(OfferMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<ListOfferVersionsResponse> listOfferVersions(ListOfferVersionsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    UUID campaignId = Ids.parse("campaign_id", request.getCampaignId());
                    return offers.versions(
                                    brandId,
                                    campaignId,
                                    request.getPage().getCursor(),
                                    request.getPage().getPageSize())
                            .map(
                                    page ->
                                            ListOfferVersionsResponse.newBuilder()
                                                    .addAllOffers(
                                                            page.items().stream()
                                                                    .map(OfferMapping::toProto)
                                                                    .toList())
                                                    .setPageInfo(WirePages.info(page))
                                                    .build());
                });
    }

    @Override
    public Uni<ResolveOffersResponse> resolveOffers(ResolveOffersRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return offers.resolve(
                                    brandId, OfferMapping.toQuestions(request.getQueriesList()))
                            .map(
                                    found ->
                                            ResolveOffersResponse.newBuilder()
                                                    .addAllOffers(
                                                            found.stream()
                                                                    .map(
                                                                            r ->
                                                                                    OfferMapping
                                                                                            .toProto(
                                                                                                    r,
                                                                                                    request
                                                                                                            .getQueriesList()))
                                                                    .toList())
                                                    .build());
                });
    }
}
