package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.contract.testing.Callers.as;
import static com.creatorplatform.contract.testing.Callers.assertPermissionDenied;
import static com.creatorplatform.contract.testing.Callers.assertUnauthenticated;
import static com.creatorplatform.contract.testing.Callers.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc.CampaignServiceBlockingStub;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * campaign-service accepts a call only with a Keycloak token it verifies, and acts only for the
 * caller the token names: a brand for itself, a creator for itself, a service bound to a brand for
 * that brand. The door is the contracts module's interceptor, the same in every service: the
 * credential cases are tested here once.
 */
@QuarkusTest
class CallerIdentityGrpcTest {

    @GrpcClient("campaign")
    CampaignServiceBlockingStub client;

    @Inject PgPool db;

    @Test
    void aCallWithoutATokenIsUnauthenticatedButHealthStaysOpen() {
        String brand = Fixtures.brandId(client);
        var channel = Callers.unidentifiedChannel();
        try {
            assertUnauthenticated(
                    Callers.NO_TOKEN,
                    () ->
                            CampaignServiceGrpc.newBlockingStub(channel)
                                    .createCampaign(campaign(brand, "Anonymous")));
            assertEquals(
                    HealthCheckResponse.ServingStatus.SERVING,
                    HealthGrpc.newBlockingStub(channel)
                            .check(HealthCheckRequest.getDefaultInstance())
                            .getStatus());
        } finally {
            channel.shutdownNow();
        }
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void forgedCallerMetadataAloneIsUnauthenticated() {
        String brand = Fixtures.brandId(client);
        var headers = new Metadata();
        headers.put(Metadata.Key.of("x-caller-kind", Metadata.ASCII_STRING_MARSHALLER), "service");
        headers.put(
                Metadata.Key.of("x-caller-id", Metadata.ASCII_STRING_MARSHALLER),
                "tracking-service");
        var channel = Callers.unidentifiedChannel();
        try {
            var forged =
                    GrpcClientUtils.attachHeaders(
                            CampaignServiceGrpc.newBlockingStub(channel), headers);
            assertUnauthenticated(
                    Callers.NO_TOKEN,
                    () ->
                            forged.getWebhookSecret(
                                    GetWebhookSecretRequest.newBuilder()
                                            .setBrandId(brand)
                                            .build()));
            assertUnauthenticated(
                    Callers.NO_TOKEN, () -> forged.createCampaign(campaign(brand, "Forged")));
        } finally {
            channel.shutdownNow();
        }
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aTokenThatDoesNotVerifyIsUnauthenticatedAndStoresNothing() {
        String brand = Fixtures.brandId(client);
        String real = TestTokens.of(CallerIdentity.brand(brand));
        String[] parts = real.split("\\.");
        String otherPayload =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                new String(
                                                Base64.getUrlDecoder().decode(parts[1]),
                                                StandardCharsets.UTF_8)
                                        .replace(brand, Fixtures.brandId(client))
                                        .getBytes(StandardCharsets.UTF_8));

        assertUnauthenticated(
                "the bearer token is not a signed JWT",
                () -> withToken("garbage", client).createCampaign(campaign(brand, "Garbage")));
        assertUnauthenticated(
                "the access token's signature does not verify",
                () ->
                        withToken(parts[0] + "." + otherPayload + "." + parts[2], client)
                                .createCampaign(campaign(brand, "Tampered")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void anotherRealmsTokenIsUnauthenticated() {
        String brand = Fixtures.brandId(client);
        assertUnauthenticated(
                "the access token was issued by another realm or server, not " + TestTokens.ISSUER,
                () ->
                        withToken(TestTokens.adminToken(), client)
                                .createCampaign(campaign(brand, "Master realm")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aTokenOfAClientNotMeantForThePlatformIsUnauthenticated() {
        // The realm's provisioning client has no platform audience: its tokens serve Keycloak's
        // admin API only.
        String provisioner =
                TestTokens.shippedClientToken(
                        "platform-provisioner", "platform-provisioner-secret");
        assertUnauthenticated(
                "the access token is not meant for this platform (audience creator-platform missing)",
                () ->
                        withToken(provisioner, client)
                                .getWebhookSecret(
                                        GetWebhookSecretRequest.newBuilder()
                                                .setBrandId(Fixtures.brandId(client))
                                                .build()));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        String brand = Fixtures.brandId(client);
        var expiring =
                withToken(
                        TestTokens.shortLivedServiceToken("expiring-" + brand.substring(0, 8)),
                        client);
        // Read (harmlessly) until the one-second token has expired, then try to write with it.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(
                        () ->
                                assertUnauthenticated(
                                        "the access token has expired",
                                        () ->
                                                expiring.listCampaigns(
                                                        ListCampaignsRequest.newBuilder()
                                                                .setBrandId(brand)
                                                                .build())));

        assertUnauthenticated(
                "the access token has expired",
                () -> expiring.createCampaign(campaign(brand, "Late")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aServiceAccountBoundToABrandActsForThatBrandOnly() {
        String brand = Fixtures.brandId(client);
        String other = Fixtures.brandId(client);
        var pipeline =
                as(CallerIdentity.brandService("pipeline-" + brand.substring(0, 8), brand), client);

        assertFalse(
                pipeline.getWebhookSecret(
                                GetWebhookSecretRequest.newBuilder().setBrandId(brand).build())
                        .getWebhookSecret()
                        .isEmpty());
        assertPermissionDenied(
                "caller service pipeline-"
                        + brand.substring(0, 8)
                        + " (brand "
                        + brand
                        + ") may not act for brand "
                        + other,
                () ->
                        pipeline.getWebhookSecret(
                                GetWebhookSecretRequest.newBuilder().setBrandId(other).build()));
    }

    @Test
    void aBrandViewerMayReadButNotWrite() {
        String brand = Fixtures.brandId(client);
        var viewer = as(CallerIdentity.brandViewer(brand), client);

        assertEquals(
                0,
                viewer.listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brand).build())
                        .getCampaignsCount());
        assertPermissionDenied(
                "CreateCampaign changes data, which caller brand viewer "
                        + brand
                        + " may only read",
                () -> viewer.createCampaign(campaign(brand, "Viewer")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aBrandMayNeitherWriteNorReadForAnotherBrand() {
        String brandA = Fixtures.brandId(client);
        String brandB = Fixtures.brandId(client);
        Fixtures.draft(client, brandB, "Theirs");
        var asBrandA = as(CallerIdentity.brand(brandA), client);

        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.createCampaign(campaign(brandB, "Hijack")));
        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () ->
                        asBrandA.listCampaigns(
                                ListCampaignsRequest.newBuilder().setBrandId(brandB).build()));

        assertEquals(1, campaignsOf(brandB), "nothing was stored for brand B");
        assertEquals(0, campaignsOf(brandA));
    }

    @Test
    void aBrandActsForItself() {
        String brand = Fixtures.brandId(client);
        var asBrand = as(CallerIdentity.brand(brand), client);

        var created = asBrand.createCampaign(campaign(brand, "Own"));

        assertEquals(
                List.of(created.getId()),
                asBrand
                        .listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brand).build())
                        .getCampaignsList()
                        .stream()
                        .map(Campaign::getId)
                        .toList());
        assertEquals(1, campaignsOf(brand));
    }

    @Test
    void aCreatorMayNotReadAnotherCreatorsMemberships() {
        String brand = Fixtures.brandId(client);
        String campaign = Fixtures.draft(client, brand, "Memberships");
        String anna = client.createCreator(Fixtures.creator(brand, "Anna", "DE").build()).getId();
        String ben = client.createCreator(Fixtures.creator(brand, "Ben", "DE").build()).getId();
        var bensMembership =
                client.shortlist(
                        ShortlistRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(ben)
                                .build());

        assertPermissionDenied(
                "caller creator " + anna + " may not act for creator " + ben,
                () ->
                        as(CallerIdentity.creator(anna), client)
                                .listCreatorMemberships(
                                        ListCreatorMembershipsRequest.newBuilder()
                                                .setCreatorId(ben)
                                                .build()));

        assertEquals(
                List.of(bensMembership.getId()),
                as(CallerIdentity.creator(ben), client)
                        .listCreatorMemberships(
                                ListCreatorMembershipsRequest.newBuilder()
                                        .setCreatorId(ben)
                                        .build())
                        .getMembershipsList()
                        .stream()
                        .map(Membership::getId)
                        .toList());
    }

    @Test
    void theRpcsForServicesRefuseEvenTheBrandItself() {
        String brand = Fixtures.brandId(client);
        var asBrand = as(CallerIdentity.brand(brand), client);

        assertPermissionDenied(
                "GetWebhookSecret is for service accounts only, not for caller brand " + brand,
                () ->
                        asBrand.getWebhookSecret(
                                GetWebhookSecretRequest.newBuilder().setBrandId(brand).build()));
        assertPermissionDenied(
                "ResolveOffers is for service accounts only, not for caller brand " + brand,
                () ->
                        asBrand.resolveOffers(
                                ResolveOffersRequest.newBuilder().setBrandId(brand).build()));
    }

    private static CreateCampaignRequest campaign(String brandId, String name) {
        return CreateCampaignRequest.newBuilder()
                .setBrandId(brandId)
                .setName(name)
                .setLandingUrl("https://northwind.example/" + name)
                .setStartsOn("2026-12-01")
                .build();
    }

    private long campaignsOf(String brandId) {
        return Fixtures.row(db, "select count(*) from campaign where brand_id = $1", brandId)
                .getLong(0);
    }
}
