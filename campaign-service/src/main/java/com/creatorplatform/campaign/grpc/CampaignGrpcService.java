package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CampaignMapping;
import com.creatorplatform.campaign.service.BrandDirectory;
import com.creatorplatform.campaign.service.CampaignPlanner;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsResponse;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.CampaignService;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretResponse;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsResponse;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersResponse;
import com.creatorplatform.proto.common.v1.PageInfo;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Thin adapter: parse the request, call a use case, map the answer; failures become gRPC statuses. */
@GrpcService
public class CampaignGrpcService implements CampaignService {

    private final BrandDirectory brands;
    private final CampaignPlanner campaigns;

    CampaignGrpcService(BrandDirectory brands, CampaignPlanner campaigns) {
        this.brands = brands;
        this.campaigns = campaigns;
    }

    @Override
    public Uni<CreateBrandResponse> createBrand(CreateBrandRequest request) {
        return GrpcCalls.run(() -> brands.create(request.getName(), request.getCurrency(), request.getAllowedDomainsList(),
                        request.getMinimumPayout().getAmountMinor())
                .map(brand -> CreateBrandResponse.newBuilder()
                        .setBrand(CampaignMapping.toProto(brand))
                        .setWebhookSecret(brand.webhookSecret)
                        .build()));
    }

    @Override
    public Uni<BatchGetBrandsResponse> batchGetBrands(BatchGetBrandsRequest request) {
        return GrpcCalls.run(() -> brands.byIds(Ids.parseBatch("ids", request.getIdsList()))
                .map(found -> BatchGetBrandsResponse.newBuilder()
                        .addAllBrands(found.stream().map(CampaignMapping::toProto).toList())
                        .build()));
    }

    @Override
    public Uni<GetWebhookSecretResponse> getWebhookSecret(GetWebhookSecretRequest request) {
        return GrpcCalls.run(() -> brands.webhookSecret(Ids.parse("brand_id", request.getBrandId()))
                .map(secret -> GetWebhookSecretResponse.newBuilder().setWebhookSecret(secret).build()));
    }

    @Override
    public Uni<ResolveOffersResponse> resolveOffers(ResolveOffersRequest request) {
        // Offers arrive with the campaign-planning issue; until then no campaign has one.
        return GrpcCalls.run(() -> {
            Ids.parse("brand_id", request.getBrandId());
            return Uni.createFrom().item(ResolveOffersResponse.getDefaultInstance());
        });
    }

    @Override
    public Uni<Campaign> createCampaign(CreateCampaignRequest request) {
        return GrpcCalls.run(() -> campaigns.create(CampaignMapping.toDraft(request)).map(CampaignMapping::toProto));
    }

    @Override
    public Uni<BatchGetCampaignsResponse> batchGetCampaigns(BatchGetCampaignsRequest request) {
        return GrpcCalls.run(() -> {
            UUID brandId = Ids.parse("brand_id", request.getBrandId());
            return campaigns.byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                    .map(found -> BatchGetCampaignsResponse.newBuilder()
                            .addAllCampaigns(found.stream().map(CampaignMapping::toProto).toList())
                            .build());
        });
    }

    @Override
    public Uni<ListCampaignsResponse> listCampaigns(ListCampaignsRequest request) {
        return GrpcCalls.run(() -> {
            UUID brandId = Ids.parse("brand_id", request.getBrandId());
            return campaigns.list(brandId, request.getPage().getCursor(), request.getPage().getPageSize())
                    .map(page -> ListCampaignsResponse.newBuilder()
                            .addAllCampaigns(page.items().stream().map(CampaignMapping::toProto).toList())
                            .setPageInfo(PageInfo.newBuilder().setNextCursor(page.nextCursor() == null ? "" : page.nextCursor()))
                            .build());
        });
    }
}
