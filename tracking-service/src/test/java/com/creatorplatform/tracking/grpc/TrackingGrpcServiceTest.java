package com.creatorplatform.tracking.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.tracking.v1.BatchGetTrackingLinksRequest;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.CreateTrackingLinkRequest;
import com.creatorplatform.proto.tracking.v1.TrackingLink;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc.TrackingServiceBlockingStub;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Through a real gRPC client against the running service, its real database and the real
 * campaign-service.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class TrackingGrpcServiceTest {

    @GrpcClient("tracking")
    TrackingServiceBlockingStub client;

    @Inject PgPool db;

    private final String brand = CampaignFixtures.brand();
    private final String campaign = CampaignFixtures.campaign(brand);
    private final String creator = CampaignFixtures.member(brand, campaign);

    private TrackingLink link(String brandId, String destination) {
        return client.createTrackingLink(
                CreateTrackingLinkRequest.newBuilder()
                        .setBrandId(brandId)
                        .setCampaignId(campaign)
                        .setCreatorId(creator)
                        .setDestinationUrl(destination)
                        .build());
    }

    private Row stored(String id) {
        return db.preparedQuery(
                        "select code, brand_id, creator_id, post_id, platform, destination_url from tracking_link where id = $1")
                .execute(Tuple.of(UUID.fromString(id)))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    private long storedLinks(String brandId) {
        return db.preparedQuery("select count(*) from tracking_link where brand_id = $1")
                .execute(Tuple.of(UUID.fromString(brandId)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    @Test
    void createTrackingLinkStoresALinkWithAnUnguessableCode() {
        var link = link(brand, "https://shop.northwind.example/winter");
        var other = link(brand, "https://shop.northwind.example/winter");

        var row = stored(link.getId());
        assertEquals(link.getCode(), row.getString("code"));
        assertEquals(brand, row.getUUID("brand_id").toString());
        assertEquals(creator, row.getUUID("creator_id").toString());
        assertEquals(null, row.getUUID("post_id"));
        assertEquals("https://shop.northwind.example/winter", row.getString("destination_url"));
        assertTrue(link.getCode().matches("[A-Za-z0-9]{12}"), link.getCode());
        assertNotEquals(link.getCode(), other.getCode());
    }

    @Test
    void aDestinationOnTheBrandsDomainOrASubdomainIsAcceptedWithItsUtmParameters() {
        String post = CampaignFixtures.plannedPost(brand, campaign, creator);
        var link =
                client.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(creator)
                                .setPostId(post)
                                .setDestinationUrl("https://shop.northwind.example/winter?size=m")
                                .setCreatorHandle("anna.trails")
                                .setPlatform("instagram")
                                .setCampaignName("Winter Trails")
                                .build());
        var apex = link(brand, "http://NorthWind.example/");

        assertEquals("https://shop.northwind.example/winter?size=m", link.getDestinationUrl());
        assertEquals(
                "https://shop.northwind.example/winter?size=m&utm_source=anna.trails&utm_medium=instagram"
                        + "&utm_campaign=Winter+Trails&utm_content="
                        + post,
                link.getRedirectUrl());
        assertEquals(
                "http://NorthWind.example/?utm_source="
                        + creator
                        + "&utm_medium=creator&utm_campaign=Spring",
                apex.getRedirectUrl(),
                "a creator without accounts has no handle: named by id");
    }

    @Test
    void aLinkMadeWithoutHandleOrCampaignNameCarriesTheCreatorsHandleAndTheCampaignsName() {
        String anna =
                CampaignFixtures.member(
                        brand,
                        campaign,
                        CampaignFixtures.account(
                                Platform.PLATFORM_INSTAGRAM, "anna.trails", 12_000),
                        CampaignFixtures.account(Platform.PLATFORM_TIKTOK, "anna.runs", 50_000));
        var request =
                CreateTrackingLinkRequest.newBuilder()
                        .setBrandId(brand)
                        .setCampaignId(campaign)
                        .setCreatorId(anna)
                        .setDestinationUrl("https://shop.northwind.example/");

        var onInstagram =
                client.createTrackingLink(request.clone().setPlatform("instagram").build());
        var anywhere = client.createTrackingLink(request.clone().build());
        var named =
                client.createTrackingLink(
                        request.clone()
                                .setCreatorHandle("anna")
                                .setCampaignName("Trail Days")
                                .build());

        assertEquals(
                "https://shop.northwind.example/?utm_source=anna.trails&utm_medium=instagram&utm_campaign=Spring",
                onInstagram.getRedirectUrl(),
                "her handle on the link's platform");
        assertEquals(
                "https://shop.northwind.example/?utm_source=anna.runs&utm_medium=creator&utm_campaign=Spring",
                anywhere.getRedirectUrl(),
                "no platform: the handle of her largest account");
        assertEquals(
                "https://shop.northwind.example/?utm_source=anna&utm_medium=creator&utm_campaign=Trail+Days",
                named.getRedirectUrl(),
                "the caller's own values win");
    }

    @Test
    void aDestinationOffTheBrandsDomainsIsRefusedWithAClearMessageAndNothingIsStored() {
        var refusals =
                Map.of(
                        "javascript:alert(1)", "destination_url must be an absolute http(s) URL",
                        "ftp://northwind.example/file",
                                "destination_url must be an absolute http(s) URL",
                        "/winter", "destination_url must be an absolute http(s) URL",
                        "https://northwind.example@evil.example/",
                                "destination_url must not carry user info",
                        "https://evil.example/winter",
                                "destination_url host 'evil.example' is not one of the brand's allowed domains"
                                        + " [northwind.example]",
                        "https://northwind.example.evil.example/",
                                "destination_url host 'northwind.example.evil.example' is not one of the brand's"
                                        + " allowed domains [northwind.example]",
                        "https://notnorthwind.example/",
                                "destination_url host 'notnorthwind.example' is not one of the brand's allowed domains"
                                        + " [northwind.example]");

        refusals.forEach(
                (destination, message) -> {
                    var error =
                            assertThrows(
                                    StatusRuntimeException.class, () -> link(brand, destination));
                    assertEquals(
                            Status.Code.INVALID_ARGUMENT, error.getStatus().getCode(), destination);
                    assertEquals(message, error.getStatus().getDescription(), destination);
                });
        assertEquals(0L, storedLinks(brand));
    }

    @Test
    void
            aLinksPlatformIsStoredUnderCampaignServicesNameAndAnyOtherNameIsRefusedWithNothingStored() {
        var tiktok =
                client.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(creator)
                                .setDestinationUrl("https://shop.northwind.example/")
                                .setPlatform(" TikTok ")
                                .build());
        var unknown = link(brand, "https://shop.northwind.example/");

        assertEquals("TIKTOK", tiktok.getPlatform());
        assertEquals("TIKTOK", stored(tiktok.getId()).getString("platform"));
        assertTrue(tiktok.getRedirectUrl().contains("utm_medium=tiktok&"), tiktok.getRedirectUrl());
        assertEquals("", unknown.getPlatform());
        assertEquals(
                null,
                stored(unknown.getId()).getString("platform"),
                "no platform given: not known");

        String otherBrand = CampaignFixtures.brand();
        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                client.createTrackingLink(
                                        CreateTrackingLinkRequest.newBuilder()
                                                .setBrandId(otherBrand)
                                                .setCampaignId(campaign)
                                                .setCreatorId(creator)
                                                .setDestinationUrl(
                                                        "https://shop.northwind.example/")
                                                .setPlatform("myspace")
                                                .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(
                "platform must be one of [BLOG, INSTAGRAM, NEWSLETTER, TIKTOK, TWITCH, YOUTUBE] (or left empty where the platform"
                        + " is not known), got 'myspace'",
                error.getStatus().getDescription());
        assertEquals(0L, storedLinks(otherBrand));
    }

    @Test
    void aLinkOfABrandCampaignServiceDoesNotKnowIsNotFoundAndNothingIsStored() {
        String unknown = UUID.randomUUID().toString();

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> link(unknown, "https://shop.northwind.example/winter"));

        assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
        assertEquals("brand " + unknown + " does not exist", error.getStatus().getDescription());
        assertEquals(0L, storedLinks(unknown));
    }

    @Test
    void batchGetReturnsOnlyTheCallersBrandsLinksInTheOrderAsked() {
        var first = link(brand, "https://a.northwind.example/1");
        var second = link(brand, "https://a.northwind.example/2");
        String otherBrand = CampaignFixtures.brand();
        String theirCampaign = CampaignFixtures.campaign(otherBrand);
        var foreign =
                client.createTrackingLink(
                        CreateTrackingLinkRequest.newBuilder()
                                .setBrandId(otherBrand)
                                .setCampaignId(theirCampaign)
                                .setCreatorId(CampaignFixtures.member(otherBrand, theirCampaign))
                                .setDestinationUrl("https://a.northwind.example/3")
                                .build());

        var found =
                client.batchGetTrackingLinks(
                                BatchGetTrackingLinksRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addAllIds(
                                                List.of(
                                                        second.getId(),
                                                        foreign.getId(),
                                                        first.getId()))
                                        .build())
                        .getLinksList();

        assertEquals(
                List.of(second.getId(), first.getId()),
                found.stream().map(TrackingLink::getId).toList());
    }

    @Test
    void
            aLinkOrCodeForAnotherBrandsCreatorCampaignOrPostOrAnInventedOneIsNotFoundAndNothingIsStored() {
        String otherBrand = CampaignFixtures.brand();
        String theirCampaign = CampaignFixtures.campaign(otherBrand);
        String theirCreator = CampaignFixtures.member(otherBrand, theirCampaign);
        String theirPost = CampaignFixtures.plannedPost(otherBrand, theirCampaign, theirCreator);
        String invented = UUID.randomUUID().toString();
        var ownLink =
                CreateTrackingLinkRequest.newBuilder()
                        .setBrandId(brand)
                        .setCampaignId(campaign)
                        .setCreatorId(creator)
                        .setDestinationUrl("https://shop.northwind.example/");

        assertNotFound(
                "creator " + theirCreator + " does not exist in brand " + brand,
                () ->
                        client.createTrackingLink(
                                ownLink.clone().setCreatorId(theirCreator).build()));
        assertNotFound(
                "creator " + invented + " does not exist in brand " + brand,
                () -> client.createTrackingLink(ownLink.clone().setCreatorId(invented).build()));
        assertNotFound(
                "campaign " + theirCampaign + " does not exist in brand " + brand,
                () ->
                        client.createTrackingLink(
                                ownLink.clone().setCampaignId(theirCampaign).build()));
        assertNotFound(
                "post "
                        + theirPost
                        + " of creator "
                        + creator
                        + " in campaign "
                        + campaign
                        + " does not exist in brand "
                        + brand,
                () -> client.createTrackingLink(ownLink.clone().setPostId(theirPost).build()));
        assertNotFound(
                "creator " + theirCreator + " does not exist in brand " + brand,
                () ->
                        client.createDiscountCode(
                                CreateDiscountCodeRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCode("THEIRS10")
                                        .setCreatorId(theirCreator)
                                        .setCampaignId(campaign)
                                        .build()));

        assertEquals(0L, storedLinks(brand));
        assertEquals(
                0L,
                db.preparedQuery("select count(*) from discount_code where brand_id = $1")
                        .execute(Tuple.of(UUID.fromString(brand)))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong(0));
    }

    private static void assertNotFound(
            String message, org.junit.jupiter.api.function.Executable call) {
        var error = assertThrows(StatusRuntimeException.class, call);
        assertEquals(
                Status.Code.NOT_FOUND, error.getStatus().getCode(), error.getStatus().toString());
        assertEquals(message, error.getStatus().getDescription());
    }
}
