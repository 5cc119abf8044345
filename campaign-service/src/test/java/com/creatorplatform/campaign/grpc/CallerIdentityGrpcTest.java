package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.contract.testing.Callers.as;
import static com.creatorplatform.contract.testing.Callers.assertPermissionDenied;
import static com.creatorplatform.contract.testing.Callers.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc.CampaignServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.Membership;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import io.grpc.Metadata;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.GrpcClientUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** campaign-service acts only for the caller the metadata names: a brand for itself, a creator for itself. */
@QuarkusTest
class CallerIdentityGrpcTest {

    @GrpcClient("campaign")
    CampaignServiceBlockingStub client;

    @Inject
    PgPool db;

    @Test
    void aCallWithoutAnIdentityIsUnauthenticatedButHealthStaysOpen() {
        String brand = Fixtures.brandId(client);
        var channel = Callers.unidentifiedChannel();
        try {
            assertUnauthenticated(() -> CampaignServiceGrpc.newBlockingStub(channel)
                    .createCampaign(campaign(brand, "Anonymous")));
            assertEquals(HealthCheckResponse.ServingStatus.SERVING,
                    HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance()).getStatus());
        } finally {
            channel.shutdownNow();
        }
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aCallerOfAnUnknownKindIsUnauthenticated() {
        String brand = Fixtures.brandId(client);
        var headers = new Metadata();
        headers.put(CallerIdentity.KIND_KEY, "admin");
        headers.put(CallerIdentity.ID_KEY, brand);

        assertUnauthenticated(() -> GrpcClientUtils.attachHeaders(client, headers)
                .listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brand).build()));
    }

    @Test
    void aBrandMayNeitherWriteNorReadForAnotherBrand() {
        String brandA = Fixtures.brandId(client);
        String brandB = Fixtures.brandId(client);
        Fixtures.draft(client, brandB, "Theirs");
        var asBrandA = as(CallerIdentity.brand(brandA), client);

        assertPermissionDenied("caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.createCampaign(campaign(brandB, "Hijack")));
        assertPermissionDenied("caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brandB).build()));

        assertEquals(1, campaignsOf(brandB), "nothing was stored for brand B");
        assertEquals(0, campaignsOf(brandA));
    }

    @Test
    void aBrandActsForItself() {
        String brand = Fixtures.brandId(client);
        var asBrand = as(CallerIdentity.brand(brand), client);

        var created = asBrand.createCampaign(campaign(brand, "Own"));

        assertEquals(List.of(created.getId()), asBrand.listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brand).build())
                .getCampaignsList().stream().map(Campaign::getId).toList());
        assertEquals(1, campaignsOf(brand));
    }

    @Test
    void aCreatorMayNotReadAnotherCreatorsMemberships() {
        String brand = Fixtures.brandId(client);
        String campaign = Fixtures.draft(client, brand, "Memberships");
        String anna = client.createCreator(Fixtures.creator(brand, "Anna", "DE").build()).getId();
        String ben = client.createCreator(Fixtures.creator(brand, "Ben", "DE").build()).getId();
        var bensMembership = client.shortlist(ShortlistRequest.newBuilder().setBrandId(brand).setCampaignId(campaign)
                .setCreatorId(ben).build());

        assertPermissionDenied("caller creator " + anna + " may not act for creator " + ben, () -> as(CallerIdentity.creator(anna), client)
                .listCreatorMemberships(ListCreatorMembershipsRequest.newBuilder().setCreatorId(ben).build()));

        assertEquals(List.of(bensMembership.getId()), as(CallerIdentity.creator(ben), client)
                .listCreatorMemberships(ListCreatorMembershipsRequest.newBuilder().setCreatorId(ben).build()).getMembershipsList()
                .stream().map(Membership::getId).toList());
    }

    @Test
    void theRpcsForServicesRefuseEvenTheBrandItself() {
        String brand = Fixtures.brandId(client);
        var asBrand = as(CallerIdentity.brand(brand), client);

        assertPermissionDenied("GetWebhookSecret is for service accounts only, not for caller brand " + brand,
                () -> asBrand.getWebhookSecret(GetWebhookSecretRequest.newBuilder().setBrandId(brand).build()));
        assertPermissionDenied("ResolveOffers is for service accounts only, not for caller brand " + brand,
                () -> asBrand.resolveOffers(ResolveOffersRequest.newBuilder().setBrandId(brand).build()));
    }

    private static CreateCampaignRequest campaign(String brandId, String name) {
        return CreateCampaignRequest.newBuilder().setBrandId(brandId).setName(name)
                .setLandingUrl("https://northwind.example/" + name).setStartsOn("2026-12-01").build();
    }

    private long campaignsOf(String brandId) {
        return Fixtures.row(db, "select count(*) from campaign where brand_id = $1", brandId).getLong(0);
    }
}
