package com.creatorplatform.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gateway through HTTP with real Keycloak tokens, calling the real services over gRPC, which
 * store in the real PostgreSQL. {@code PlatformEndToEndIT} runs the same tests against the packaged
 * gateway jar.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayGraphQLTest {

    static final String CREATE_CAMPAIGN =
            """
            mutation($input: CreateCampaignInput!) {
              createCampaign(input: $input) { campaign { id name status landingUrl startsOn budgetCap { amountMinor currency amount } } }
            }""";
    static final String CAMPAIGNS =
            "{ campaigns(first: 10) { nodes { id name } pageInfo { hasNextPage endCursor } } }";
    static final String CREATE_LINK =
            """
            mutation($input: CreateTrackingLinkInput!) {
              createTrackingLink(input: $input) { link { id code url campaignId creatorId platform destinationUrl } }
            }""";
    static final String ADJUST =
            """
            mutation($input: RecordAdjustmentInput!) {
              recordAdjustment(input: $input) { entry { id kind amount { amountMinor currency } cause reason actor } }
            }""";
    static final String BALANCES =
            """
            query($ids: [String!]!) { creatorBalances(creatorIds: $ids) { creatorId balances { amountMinor currency } } }""";

    Tenants brand;
    Tenants otherBrand;

    @BeforeAll
    void tenants() {
        brand = Tenants.newBrand();
        otherBrand = Tenants.newBrand();
    }

    private static Map<String, Object> campaignInput(String name, String landingUrl) {
        return Map.of(
                "input",
                Map.of(
                        "name",
                        name,
                        "landingUrl",
                        landingUrl,
                        "startsOn",
                        "2026-12-01",
                        "budgetCap",
                        Map.of("amountMinor", 150000, "currency", "EUR")));
    }

    private String createCampaign(Tenants tenant, String name) {
        return GraphQL.ok(
                        tenant.adminToken(),
                        CREATE_CAMPAIGN,
                        campaignInput(name, "https://shop.northwind.example/" + name))
                .getString("data.createCampaign.campaign.id");
    }

    private static String errorCode(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", CAMPAIGNS))
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void onlyTokensOfThePlatformsOwnWebClientAreAccepted() {
        // A realm client without the platform's audience, another realm, and a service account
        // meant for gRPC.
        for (String token :
                List.of(
                        TestTokens.shippedClientToken(
                                "platform-provisioner", "platform-provisioner-secret"),
                        TestTokens.adminToken(),
                        TestTokens.shippedClientToken("order-pipeline", "order-pipeline-secret"),
                        "garbage")) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", CAMPAIGNS))
                    .post("/graphql")
                    .then()
                    .statusCode(401);
        }
        GraphQL.ok(brand.viewerToken(), CAMPAIGNS);
    }

    @Test
    void aBrandAdminCreatesACampaignAndReadsItBackFromCampaignService() {
        var created =
                GraphQL.ok(
                        brand.adminToken(),
                        CREATE_CAMPAIGN,
                        campaignInput("Winter", "https://shop.northwind.example/winter"));

        assertEquals("DRAFT", created.getString("data.createCampaign.campaign.status"));
        assertEquals("2026-12-01", created.getString("data.createCampaign.campaign.startsOn"));
        assertEquals("1500.00", created.getString("data.createCampaign.campaign.budgetCap.amount"));
        String id = created.getString("data.createCampaign.campaign.id");
        var read =
                GraphQL.post(
                        brand.viewerToken(),
                        "query($id: ID!) { campaign(id: $id) { id name landingUrl } }",
                        Map.of("id", id));
        assertEquals("Winter", read.getString("data.campaign.name"));
        assertEquals(
                "https://shop.northwind.example/winter",
                read.getString("data.campaign.landingUrl"));
        var brandInfo =
                GraphQL.post(
                        brand.viewerToken(),
                        "{ myBrand { id currency allowedDomains minimumPayout { amount } } }");
        assertEquals(brand.brandId(), brandInfo.getString("data.myBrand.id"));
        assertEquals("50.00", brandInfo.getString("data.myBrand.minimumPayout.amount"));
    }

    @Test
    void campaignsArePagedWithACursor() {
        var tenant = Tenants.newBrand();
        var ids =
                List.of(
                        createCampaign(tenant, "a"),
                        createCampaign(tenant, "b"),
                        createCampaign(tenant, "c"));

        var first =
                GraphQL.post(
                        tenant.viewerToken(),
                        "{ campaigns(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }");
        var next =
                GraphQL.post(
                        tenant.viewerToken(),
                        "query($after: String) { campaigns(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } }",
                        Map.of("after", first.getString("data.campaigns.pageInfo.endCursor")));

        assertEquals(List.of(ids.get(2), ids.get(1)), first.getList("data.campaigns.nodes.id"));
        assertTrue(first.getBoolean("data.campaigns.pageInfo.hasNextPage"));
        assertEquals(List.of(ids.get(0)), next.getList("data.campaigns.nodes.id"));
        assertEquals(false, next.getBoolean("data.campaigns.pageInfo.hasNextPage"));
        var tooMany =
                GraphQL.post(tenant.viewerToken(), "{ campaigns(first: 500) { nodes { id } } }");
        assertEquals("INVALID_ARGUMENT", errorCode(tooMany));
    }

    @Test
    void aBrandAdminCreatesATrackingLinkForItsCampaignInTrackingService() {
        String campaignId = createCampaign(brand, "links");
        String creatorId =
                GraphQL.ok(
                                brand.adminToken(),
                                CampaignPlanningGraphQLTest.CREATE_CREATOR,
                                Map.of(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Lina Links",
                                                "email",
                                                "lina." + UUID.randomUUID() + "@creators.example",
                                                "country",
                                                "DE")))
                        .getString("data.createCreator.creator.id");

        var created =
                GraphQL.ok(
                        brand.adminToken(),
                        CREATE_LINK,
                        Map.of(
                                "input",
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "creatorId",
                                        creatorId,
                                        "destinationUrl",
                                        "https://shop.northwind.example/links",
                                        "platform",
                                        "TIKTOK")));

        String code = created.getString("data.createTrackingLink.link.code");
        assertEquals("TIKTOK", created.getString("data.createTrackingLink.link.platform"));
        assertTrue(created.getString("data.createTrackingLink.link.url").endsWith("/r/" + code));
        var read =
                GraphQL.ok(
                        brand.viewerToken(),
                        "query($ids: [String!]!) { trackingLinks(ids: $ids) { code creatorId } }",
                        Map.of(
                                "ids",
                                List.of(created.getString("data.createTrackingLink.link.id"))));
        assertEquals(List.of(code), read.getList("data.trackingLinks.code"));
        assertEquals(List.of(creatorId), read.getList("data.trackingLinks.creatorId"));
    }

    @Test
    void aBrandAdminAdjustsACreatorsBalanceInPayoutServiceOnceEvenWhenRepeated() {
        String creatorId = UUID.randomUUID().toString();
        var input =
                Map.<String, Object>of(
                        "input",
                        Map.of(
                                "creatorId",
                                creatorId,
                                "amount",
                                Map.of("amountMinor", 4200, "currency", "EUR"),
                                "reason",
                                "Reshoot fee",
                                "idempotencyKey",
                                "reshoot-1"));

        var first = GraphQL.ok(brand.adminToken(), ADJUST, input);
        var repeat = GraphQL.post(brand.adminToken(), ADJUST, input);

        assertEquals("ADJUSTMENT", first.getString("data.recordAdjustment.entry.kind"));
        assertTrue(first.getString("data.recordAdjustment.entry.actor").startsWith("brand_admin-"));
        assertEquals(
                first.getString("data.recordAdjustment.entry.id"),
                repeat.getString("data.recordAdjustment.entry.id"));
        var balances = GraphQL.ok(brand.viewerToken(), BALANCES, Map.of("ids", List.of(creatorId)));
        assertEquals(4200, balances.getInt("data.creatorBalances[0].balances[0].amountMinor"));
    }

    @Test
    void aViewerCannotChangeAnythingAndNothingIsStored() {
        String creatorId = UUID.randomUUID().toString();
        var attempt =
                GraphQL.post(
                        brand.viewerToken(),
                        ADJUST,
                        Map.of(
                                "input",
                                Map.of(
                                        "creatorId",
                                        creatorId,
                                        "amount",
                                        Map.of("amountMinor", 100, "currency", "EUR"),
                                        "reason",
                                        "x",
                                        "idempotencyKey",
                                        "v")));

        assertEquals("FORBIDDEN", errorCode(attempt));
        assertNull(attempt.get("data.recordAdjustment"));
        var balances = GraphQL.ok(brand.adminToken(), BALANCES, Map.of("ids", List.of(creatorId)));
        assertEquals(List.of(), balances.getList("data.creatorBalances[0].balances"));
    }

    @Test
    void aCreatorTokenIsForbiddenFromBrandData() {
        var answer = GraphQL.post(Tenants.newCreatorToken(), CAMPAIGNS);
        assertEquals("FORBIDDEN", errorCode(answer));
        assertNull(answer.get("data.campaigns"));
    }

    @Test
    void anotherBrandSeesNothingOfThisBrandAndCannotUseItsCampaigns() {
        String campaignId = createCampaign(brand, "private");

        var read =
                GraphQL.post(
                        otherBrand.adminToken(),
                        "query($id: ID!) { campaign(id: $id) { id name } }",
                        Map.of("id", campaignId));
        assertNull(read.get("errors"));
        assertNull(read.get("data.campaign"));
        var list = GraphQL.post(otherBrand.adminToken(), CAMPAIGNS);
        assertTrue(!list.getList("data.campaigns.nodes.id").contains(campaignId));
        var link =
                GraphQL.post(
                        otherBrand.adminToken(),
                        CREATE_LINK,
                        Map.of(
                                "input",
                                Map.of(
                                        "campaignId",
                                        campaignId,
                                        "creatorId",
                                        UUID.randomUUID().toString(),
                                        "destinationUrl",
                                        "https://shop.northwind.example/")));
        assertEquals("NOT_FOUND", errorCode(link));
    }

    @Test
    void badInputGetsACodedClearErrorAndStoresNothing() {
        var tenant = Tenants.newBrand();
        var offDomain =
                GraphQL.post(
                        tenant.adminToken(),
                        CREATE_CAMPAIGN,
                        campaignInput("Phish", "https://evil.example/"));

        assertEquals("INVALID_ARGUMENT", errorCode(offDomain));
        assertTrue(
                offDomain
                        .getString("errors[0].message")
                        .contains("not one of the brand's allowed domains"),
                offDomain.getString("errors[0].message"));
        assertEquals(
                List.of(),
                GraphQL.post(tenant.adminToken(), CAMPAIGNS).getList("data.campaigns.nodes"));
        var malformed =
                GraphQL.post(
                        tenant.adminToken(),
                        "query($id: ID!) { campaign(id: $id) { id } }",
                        Map.of("id", "42"));
        assertEquals("INVALID_ARGUMENT", errorCode(malformed));
        assertEquals("ids must be a UUID, got '42'", malformed.getString("errors[0].message"));
    }

    @Test
    void aBatchOfOperationsInOneRequestIsNotRun() {
        var response =
                given().contentType(ContentType.JSON)
                        .auth()
                        .oauth2(brand.viewerToken())
                        .body(
                                "[{\"query\": \"{ campaigns { nodes { id } } }\"}, {\"query\": \"{ campaigns { nodes { id } } }\"}]")
                        .post("/graphql");
        assertEquals(
                400,
                response.statusCode(),
                "one request carries one operation: " + response.asString());
    }
}
