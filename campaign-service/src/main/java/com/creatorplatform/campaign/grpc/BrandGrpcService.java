package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CampaignMapping;
import com.creatorplatform.campaign.service.BrandDirectory;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsResponse;
import com.creatorplatform.proto.campaign.v1.BrandService;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretResponse;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretResponse;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.time.Duration;

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
                        brands.webhookSecrets(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        brand -> {
                                            var response =
                                                    GetWebhookSecretResponse.newBuilder()
                                                            .setWebhookSecret(brand.webhookSecret);
                                            if (brand.previousWebhookSecret != null) {
                                                response.setPreviousWebhookSecret(
                                                                brand.previousWebhookSecret)
                                                        .setPreviousValidUntil(
                                                                WireTypes.timestamp(
                                                                        brand.previousSecretValidUntil));
                                            }
                                            return response.build();
                                        }));
    }

    @Override
    public Uni<RotateWebhookSecretResponse> rotateWebhookSecret(
            RotateWebhookSecretRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.rotateWebhookSecret(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Duration.ofMinutes(request.getOverlapMinutes()))
                                .map(
                                        brand ->
                                                RotateWebhookSecretResponse.newBuilder()
                                                        .setWebhookSecret(brand.webhookSecret)
                                                        .setPreviousValidUntil(
                                                                WireTypes.timestamp(
                                                                        brand.previousSecretValidUntil))
                                                        .build()));
    }
}
