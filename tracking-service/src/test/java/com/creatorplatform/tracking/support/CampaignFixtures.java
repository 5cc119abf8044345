package com.creatorplatform.tracking.support;

import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc.CampaignServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.TierMode;
import io.grpc.ManagedChannelBuilder;
import java.util.UUID;
import java.util.function.Function;

/** Brands, campaigns and offers made in the real campaign-service, as a brand would. */
public final class CampaignFixtures {

    /** A brand with one campaign whose offer pays 10 % with a 30-day window. */
    public record BrandWithOffer(CreateBrandResponse brand, String campaignId, String offerVersionId) {
        public String brandId() {
            return brand.getBrand().getId();
        }
    }

    private CampaignFixtures() {
    }

    public static BrandWithOffer brandWithOffer() {
        return call(campaigns -> {
            var brand = campaigns.createBrand(CreateBrandRequest.newBuilder()
                    .setName("Brand " + UUID.randomUUID()).setCurrency("EUR").addAllowedDomains("northwind.example").build());
            var campaign = campaigns.createCampaign(CreateCampaignRequest.newBuilder().setBrandId(brand.getBrand().getId())
                    .setName("Winter").setLandingUrl("https://shop.northwind.example/winter").setStartsOn("2026-11-01").build());
            var offer = campaigns.publishOffer(PublishOfferRequest.newBuilder().setBrandId(brand.getBrand().getId())
                    .setCampaignId(campaign.getId())
                    .setPlan(CommissionPlan.newBuilder().setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT).setRateBasisPoints(1000)
                            .setTierMode(TierMode.TIER_MODE_NONE))
                    .setAttributionWindowDays(30).setHoldDays(30)
                    .build());
            return new BrandWithOffer(brand, campaign.getId(), offer.getId());
        });
    }

    /** A creator of the brand, known to campaign-service by this email. */
    public static String creator(String brandId, String email) {
        return call(campaigns -> campaigns.createCreator(CreateCreatorRequest.newBuilder().setBrandId(brandId).setName("Anna")
                .setEmail(email).setCountry("DE").addNiches("outdoor").build()).getId());
    }

    private static <T> T call(Function<CampaignServiceBlockingStub, T> calls) {
        var channel = ManagedChannelBuilder.forAddress("127.0.0.1", CampaignServiceResource.GRPC_PORT).usePlaintext().build();
        try {
            return calls.apply(Callers.as(TestServiceIdentity.IDENTITY, CampaignServiceGrpc.newBlockingStub(channel)));
        } finally {
            channel.shutdownNow();
        }
    }
}
