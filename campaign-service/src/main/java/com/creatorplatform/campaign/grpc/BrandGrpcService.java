package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CampaignMapping;
import com.creatorplatform.campaign.service.BrandDirectory;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsResponse;
import com.creatorplatform.proto.campaign.v1.BrandService;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;

/**
 * Brands: the tenants. Thin adapter: parse the request, call a use case, map the answer (see {@link
 * GrpcCalls}).
 */
@GrpcService
public class BrandGrpcService implements BrandService {

    private final BrandDirectory brands;

    BrandGrpcService(BrandDirectory brands) {
        this.brands = brands;
    }

    @Override
    public Uni<CreateBrandResponse> createBrand(CreateBrandRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.create(
                                        request.getName(),
                                        request.getCurrency(),
                                        request.getAllowedDomainsList(),
                                        request.getMinimumPayout().getAmountMinor())
                                .map(
                                        brand ->
                                                CreateBrandResponse.newBuilder()
                                                        .setBrand(CampaignMapping.toProto(brand))
                                                        .setWebhookSecret(brand.webhookSecret)
                                                        .build()));
    }

    @Override
    public Uni<BatchGetBrandsResponse> batchGetBrands(BatchGetBrandsRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.byIds(Ids.parseBatch("ids", request.getIdsList()))
                                .map(
                                        found ->
                                                BatchGetBrandsResponse.newBuilder()
                                                        .addAllBrands(
                                                                found.stream()
                                                                        .map(
                                                                                CampaignMapping
                                                                                        ::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<GetWebhookSecretResponse> getWebhookSecret(GetWebhookSecretRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.webhookSecret(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        secret ->
                                                GetWebhookSecretResponse.newBuilder()
                                                        .setWebhookSecret(secret)
                                                        .build()));
    }
}
