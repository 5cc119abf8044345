package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CampaignMapping;
import com.creatorplatform.campaign.service.CampaignPlanner;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsResponse;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.CampaignService;
import com.creatorplatform.proto.campaign.v1.ChangeCampaignStatusRequest;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsResponse;
import com.creatorplatform.proto.campaign.v1.SetCampaignAudienceRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignCadenceRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * A brand's campaigns: their status, goals, audience and cadence. Thin adapter: parse the request,
 * call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class CampaignGrpcService implements CampaignService {

    private final CampaignPlanner campaigns;

    CampaignGrpcService(CampaignPlanner campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Uni<Campaign> createCampaign(CreateCampaignRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .create(CampaignMapping.toDraft(request))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<BatchGetCampaignsResponse> batchGetCampaigns(BatchGetCampaignsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return campaigns
                            .byIds(
                                    brandId,
                                    Ids.parseOptional("creator_id", request.getCreatorId()),
                                    Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetCampaignsResponse.newBuilder()
                                                    .addAllCampaigns(
                                                            found.stream()
                                                                    .map(CampaignMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListCampaignsResponse> listCampaigns(ListCampaignsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return campaigns
                            .list(
                                    brandId,
                                    request.getPage().getCursor(),
                                    request.getPage().getPageSize())
                            .map(
                                    page ->
                                            ListCampaignsResponse.newBuilder()
                                                    .addAllCampaigns(
                                                            page.items().stream()
                                                                    .map(CampaignMapping::toProto)
                                                                    .toList())
                                                    .setPageInfo(WirePages.info(page))
                                                    .build());
                });
    }

    @Override
    public Uni<Campaign> changeCampaignStatus(ChangeCampaignStatusRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .changeStatus(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        CampaignMapping.toStatus(request.getStatus()))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<Campaign> setCampaignGoals(SetCampaignGoalsRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .replaceGoals(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        CampaignMapping.toGoals(request.getGoalsList()))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<Campaign> setCampaignAudience(SetCampaignAudienceRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .target(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        request.getTargetNichesList(),
                                        request.getTargetCountriesList())
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<Campaign> setCampaignCadence(SetCampaignCadenceRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .limitCadence(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        request.hasMaxPostsPerCreatorPerWeek()
                                                ? request.getMaxPostsPerCreatorPerWeek()
                                                : null)
                                .map(CampaignMapping::toProto));
    }
}
