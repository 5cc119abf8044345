package com.creatorplatform.gateway.support;

import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.common.v1.Money;
import io.grpc.ManagedChannelBuilder;
import java.util.Map;
import java.util.UUID;

/**
 * Test data built in one place: a brand created in campaign-service over gRPC (as the internal
 * onboarding tool does), with Keycloak users bound to it.
 */
public record Tenants(String brandId, String adminToken, String viewerToken) {

    public static Tenants newBrand() {
        var channel = ManagedChannelBuilder.forAddress("127.0.0.1", PlatformServices.CAMPAIGN.grpcPort()).usePlaintext().build();
        try {
            var brand = CampaignServiceGrpc.newBlockingStub(channel).createBrand(CreateBrandRequest.newBuilder()
                    .setName("Brand " + UUID.randomUUID())
                    .setCurrency("EUR")
                    .addAllowedDomains("northwind.example")
                    .setMinimumPayout(Money.newBuilder().setAmountMinor(5000).setCurrency("EUR"))
                    .build()).getBrand();
            return new Tenants(brand.getId(),
                    KeycloakFixture.newUserToken("brand_admin", Map.of("brand_id", brand.getId())),
                    KeycloakFixture.newUserToken("brand_viewer", Map.of("brand_id", brand.getId())));
        } finally {
            channel.shutdownNow();
        }
    }

    public static String newCreatorToken() {
        return KeycloakFixture.newUserToken("creator", Map.of("creator_id", UUID.randomUUID().toString()));
    }
}
