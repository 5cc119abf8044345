package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CreatorMapping;
import com.creatorplatform.campaign.service.CandidateRanking;
import com.creatorplatform.campaign.service.CreatorRoster;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsResponse;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.CreatorService;
import com.creatorplatform.proto.campaign.v1.RankCandidatesRequest;
import com.creatorplatform.proto.campaign.v1.RankCandidatesResponse;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * A brand's roster of creators and the ranking of candidates for a campaign. Thin adapter: parse
 * the request, call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class CreatorGrpcService implements CreatorService {

    private final CreatorRoster creators;
    private final CandidateRanking ranking;

    CreatorGrpcService(CreatorRoster creators, CandidateRanking ranking) {
        this.creators = creators;
        this.ranking = ranking;
    }

    @Override
    public Uni<Creator> createCreator(CreateCreatorRequest request) {
        return GrpcCalls.run(
                () ->
                        creators.create(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        CreatorMapping.toProfile(request))
                                .map(CreatorMapping::toProto));
    }

    @Override
    public Uni<BatchGetCreatorsResponse> batchGetCreators(BatchGetCreatorsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return creators.byIds(
                                    brandId,
                                    Ids.parseOptional("creator_id", request.getCreatorId()),
                                    Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetCreatorsResponse.newBuilder()
                                                    .addAllCreators(
                                                            found.stream()
                                                                    .map(CreatorMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<SearchCreatorsResponse> searchCreators(SearchCreatorsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return creators.search(
                                    brandId,
                                    CreatorMapping.toSearch(request),
                                    request.getPage().getCursor(),
                                    request.getPage().getPageSize())
                            .map(
                                    page ->
                                            SearchCreatorsResponse.newBuilder()
                                                    .addAllCreators(
                                                            page.items().stream()
                                                                    .map(CreatorMapping::toProto)
                                                                    .toList())
                                                    .setPageInfo(WirePages.info(page))
                                                    .build());
                });
    }

    @Override
    public Uni<RankCandidatesResponse> rankCandidates(RankCandidatesRequest request) {
        return GrpcCalls.run(
                () ->
                        ranking.rank(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        CreatorMapping.toPlatformFilter(request.getPlatform()),
                                        CreatorMapping.rankLimit(request.getLimit()))
                                .map(
                                        ranked ->
                                                RankCandidatesResponse.newBuilder()
                                                        .addAllCandidates(
                                                                ranked.stream()
                                                                        .map(
                                                                                CreatorMapping
                                                                                        ::toProto)
                                                                        .toList())
                                                        .build()));
    }
}
