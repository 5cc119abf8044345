package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.contract.testing.Callers.assertPermissionDenied;
import static com.creatorplatform.contract.testing.Callers.assertUnauthenticated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersInEffectRequest;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsRequest;
import com.creatorplatform.proto.campaign.v1.Membership;
import com.creatorplatform.proto.campaign.v1.Offer;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import io.grpc.Metadata;
import io.quarkus.grpc.GrpcClientUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Tuple;
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

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Test
    void aCallWithoutATokenIsUnauthenticatedButHealthStaysOpen() {
        String brand = Fixtures.brandId(api);
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
        String brand = Fixtures.brandId(api);
        var headers = new Metadata();
        headers.put(Metadata.Key.of("x-caller-kind", Metadata.ASCII_STRING_MARSHALLER), "service");
        headers.put(
                Metadata.Key.of("x-caller-id", Metadata.ASCII_STRING_MARSHALLER),
                "tracking-service");
        var channel = Callers.unidentifiedChannel();
        try {
            assertUnauthenticated(
                    Callers.NO_TOKEN,
                    () ->
                            GrpcClientUtils.attachHeaders(
                                            BrandServiceGrpc.newBlockingStub(channel), headers)
                                    .getWebhookSecret(
                                            GetWebhookSecretRequest.newBuilder()
                                                    .setBrandId(brand)
                                                    .build()));
            assertUnauthenticated(
                    Callers.NO_TOKEN,
                    () ->
                            GrpcClientUtils.attachHeaders(
                                            CampaignServiceGrpc.newBlockingStub(channel), headers)
                                    .createCampaign(campaign(brand, "Forged")));
        } finally {
            channel.shutdownNow();
        }
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aTokenThatDoesNotVerifyIsUnauthenticatedAndStoresNothing() {
        String brand = Fixtures.brandId(api);
        String real = TestTokens.of(CallerIdentity.brand(brand));
        String[] parts = real.split("\\.");
        String otherPayload =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                new String(
                                                Base64.getUrlDecoder().decode(parts[1]),
                                                StandardCharsets.UTF_8)
                                        .replace(brand, Fixtures.brandId(api))
                                        .getBytes(StandardCharsets.UTF_8));

        assertUnauthenticated(
                "the bearer token is not a signed JWT",
                () ->
                        api.withToken("garbage")
                                .campaigns()
                                .createCampaign(campaign(brand, "Garbage")));
        assertUnauthenticated(
                "the access token's signature does not verify",
                () ->
                        api.withToken(parts[0] + "." + otherPayload + "." + parts[2])
                                .campaigns()
                                .createCampaign(campaign(brand, "Tampered")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void anotherRealmsTokenIsUnauthenticated() {
        String brand = Fixtures.brandId(api);
        assertUnauthenticated(
                "the access token was issued by another realm or server, not " + TestTokens.ISSUER,
                () ->
                        api.withToken(TestTokens.adminToken())
                                .campaigns()
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
                        api.withToken(provisioner)
                                .brands()
                                .getWebhookSecret(
                                        GetWebhookSecretRequest.newBuilder()
                                                .setBrandId(Fixtures.brandId(api))
                                                .build()));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        String brand = Fixtures.brandId(api);
        var expiring =
                api.withToken(
                        TestTokens.shortLivedServiceToken("expiring-" + brand.substring(0, 8)));
        // Read (harmlessly) until the one-second token has expired, then try to write with it.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(
                        () ->
                                assertUnauthenticated(
                                        "the access token has expired",
                                        () ->
                                                expiring.campaigns()
                                                        .listCampaigns(
                                                                ListCampaignsRequest.newBuilder()
                                                                        .setBrandId(brand)
                                                                        .build())));

        assertUnauthenticated(
                "the access token has expired",
                () -> expiring.campaigns().createCampaign(campaign(brand, "Late")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aServiceAccountBoundToABrandActsForThatBrandOnly() {
        String brand = Fixtures.brandId(api);
        String other = Fixtures.brandId(api);
        var pipeline =
                api.as(CallerIdentity.brandService("pipeline-" + brand.substring(0, 8), brand));

        assertFalse(
                pipeline.brands()
                        .getWebhookSecret(
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
                        pipeline.brands()
                                .getWebhookSecret(
                                        GetWebhookSecretRequest.newBuilder()
                                                .setBrandId(other)
                                                .build()));

        // A brand's own system is not one of the platform's services: it cannot make brands.
        assertPermissionDenied(
                "CreateBrand is for the platform's own service accounts only, not for caller "
                        + "service pipeline-"
                        + brand.substring(0, 8)
                        + " (brand "
                        + brand
                        + ")",
                () ->
                        pipeline.brands()
                                .createBrand(
                                        CreateBrandRequest.newBuilder()
                                                .setName("Made by a brand's pipeline")
                                                .setCurrency("EUR")
                                                .build()));
        assertEquals(
                0L,
                db.preparedQuery("select count(*) from brand where name = $1")
                        .execute(Tuple.of("Made by a brand's pipeline"))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0));
    }

    @Test
    void aBrandViewerMayReadButNotWrite() {
        String brand = Fixtures.brandId(api);
        var viewer = api.as(CallerIdentity.brandViewer(brand));

        assertEquals(
                0,
                viewer.campaigns()
                        .listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brand).build())
                        .getCampaignsCount());
        assertPermissionDenied(
                "CreateCampaign changes data, which caller brand viewer "
                        + brand
                        + " may only read",
                () -> viewer.campaigns().createCampaign(campaign(brand, "Viewer")));
        assertEquals(0, campaignsOf(brand));
    }

    @Test
    void aBrandMayNeitherWriteNorReadForAnotherBrand() {
        String brandA = Fixtures.brandId(api);
        String brandB = Fixtures.brandId(api);
        Fixtures.draft(api, brandB, "Theirs");
        var asBrandA = api.as(CallerIdentity.brand(brandA));

        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () -> asBrandA.campaigns().createCampaign(campaign(brandB, "Hijack")));
        assertPermissionDenied(
                "caller brand " + brandA + " may not act for brand " + brandB,
                () ->
                        asBrandA.campaigns()
                                .listCampaigns(
                                        ListCampaignsRequest.newBuilder()
                                                .setBrandId(brandB)
                                                .build()));

        assertEquals(1, campaignsOf(brandB), "nothing was stored for brand B");
        assertEquals(0, campaignsOf(brandA));
    }

    @Test
    void aBrandActsForItself() {
        String brand = Fixtures.brandId(api);
        var asBrand = api.as(CallerIdentity.brand(brand));

        var created = asBrand.campaigns().createCampaign(campaign(brand, "Own"));

        assertEquals(
                List.of(created.getId()),
                asBrand
                        .campaigns()
                        .listCampaigns(ListCampaignsRequest.newBuilder().setBrandId(brand).build())
                        .getCampaignsList()
                        .stream()
                        .map(Campaign::getId)
                        .toList());
        assertEquals(1, campaignsOf(brand));
    }

    @Test
    void aCreatorMayNotReadAnotherCreatorsMemberships() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Memberships");
        String anna =
                api.creators().createCreator(Fixtures.creator(brand, "Anna", "DE").build()).getId();
        String ben =
                api.creators().createCreator(Fixtures.creator(brand, "Ben", "DE").build()).getId();
        var bensMembership =
                api.memberships()
                        .shortlist(
                                ShortlistRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setCreatorId(ben)
                                        .build());

        assertPermissionDenied(
                "caller creator " + anna + " may not act for creator " + ben,
                () ->
                        api.as(CallerIdentity.creator(anna))
                                .memberships()
                                .listCreatorMemberships(
                                        ListCreatorMembershipsRequest.newBuilder()
                                                .setCreatorId(ben)
                                                .build()));

        assertEquals(
                List.of(bensMembership.getId()),
                api
                        .as(CallerIdentity.creator(ben))
                        .memberships()
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
    void aCreatorReadsOnlyTheCampaignsAndOffersOfTheirMembershipsAndOnlyThemselves() {
        String brand = Fixtures.brandId(api);
        String joined = Fixtures.draft(api, brand, "Joined");
        String other = Fixtures.draft(api, brand, "Other");
        for (String campaign : List.of(joined, other)) {
            api.offers()
                    .publishOffer(
                            PublishOfferRequest.newBuilder()
                                    .setBrandId(brand)
                                    .setCampaignId(campaign)
                                    .setPlan(Fixtures.percent(1000))
                                    .build());
        }
        String anna = Fixtures.activeMember(api, brand, joined);
        String ben = Fixtures.activeMember(api, brand, other);
        var asAnna = api.as(CallerIdentity.creator(anna));

        assertEquals(
                List.of(joined),
                asAnna
                        .campaigns()
                        .batchGetCampaigns(
                                BatchGetCampaignsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCreatorId(anna)
                                        .addAllIds(List.of(joined, other))
                                        .build())
                        .getCampaignsList()
                        .stream()
                        .map(Campaign::getId)
                        .toList());
        assertEquals(
                List.of(joined),
                asAnna
                        .offers()
                        .batchGetOffersInEffect(
                                BatchGetOffersInEffectRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCreatorId(anna)
                                        .addAllCampaignIds(List.of(joined, other))
                                        .build())
                        .getOffersList()
                        .stream()
                        .map(Offer::getCampaignId)
                        .toList());
        assertEquals(
                List.of(anna),
                asAnna
                        .creators()
                        .batchGetCreators(
                                BatchGetCreatorsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCreatorId(anna)
                                        .addAllIds(List.of(anna, ben))
                                        .build())
                        .getCreatorsList()
                        .stream()
                        .map(Creator::getId)
                        .toList());
        // The brand reads both campaigns' offers.
        assertEquals(
                2,
                api.as(CallerIdentity.brand(brand))
                        .offers()
                        .batchGetOffersInEffect(
                                BatchGetOffersInEffectRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addAllCampaignIds(List.of(joined, other))
                                        .build())
                        .getOffersCount());
        // Without naming herself she reads nothing at all.
        assertPermissionDenied(
                "caller creator " + anna + " sent an empty creator_id",
                () ->
                        asAnna.campaigns()
                                .batchGetCampaigns(
                                        BatchGetCampaignsRequest.newBuilder()
                                                .setBrandId(brand)
                                                .addIds(other)
                                                .build()));
        assertPermissionDenied(
                "caller creator "
                        + anna
                        + " may not send ListOfferVersionsRequest: it names no creator_id",
                () ->
                        asAnna.offers()
                                .listOfferVersions(
                                        ListOfferVersionsRequest.newBuilder()
                                                .setBrandId(brand)
                                                .setCampaignId(other)
                                                .build()));
    }

    @Test
    void theRpcsForServicesRefuseEvenTheBrandItself() {
        String brand = Fixtures.brandId(api);
        var asBrand = api.as(CallerIdentity.brand(brand));

        assertPermissionDenied(
                "GetWebhookSecret is for service accounts only, not for caller brand " + brand,
                () ->
                        asBrand.brands()
                                .getWebhookSecret(
                                        GetWebhookSecretRequest.newBuilder()
                                                .setBrandId(brand)
                                                .build()));
        assertPermissionDenied(
                "ResolveOffers is for the platform's own service accounts only, not for caller brand "
                        + brand,
                () ->
                        asBrand.offers()
                                .resolveOffers(
                                        ResolveOffersRequest.newBuilder()
                                                .setBrandId(brand)
                                                .build()));
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
