package com.creatorplatform.gateway.creator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.gateway.support.TestMailbox;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A creator's journey through the public API only: the brand invites over GraphQL, the mail arrives
 * over SMTP, the link is redeemed without a token, the person signs in with the password they chose
 * and works as the creator, in one brand or two.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatorJourneyGraphQLTest {

    static final String CREATE_CREATOR =
            "mutation($input: CreateCreatorInput!) { createCreator(input: $input) { creator { id } } }";
    static final String SHORTLIST =
            "mutation($input: ShortlistCreatorInput!) { shortlistCreator(input: $input) { membership { id } } }";
    static final String INVITE =
            "mutation($input: InviteCreatorInput!) { inviteCreator(input: $input) { membership { id status } } }";
    static final String REDEEM =
            "mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) "
                    + "{ membership { id status campaignId } login loginCreated } }";
    static final String MY_CAMPAIGNS = "{ me { campaigns { id name } } }";
    static final String PASSWORD = "my-first-password";

    private final ManagedChannel channel = PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final CampaignApi api = new CampaignApi(channel);

    @AfterAll
    void close() {
        channel.shutdownNow();
    }

    @Test
    void invitedByMailTheCreatorChoosesAPasswordSignsInAndSeesTheCampaign() {
        var brand = Tenants.newBrand();
        String email = "journey." + UUID.randomUUID() + "@creators.example";
        String campaign = campaign(brand, "Winter trail");
        String membership = invite(brand, campaign, email);

        var mail = TestMailbox.awaitMailTo(email);
        assertTrue(mail.subject().endsWith("invites you to \"Winter trail\""), mail.subject());
        assertTrue(mail.body().contains("Come run with us"), mail.body());
        assertEquals(PlatformServices.JOIN_PAGE, mail.link().toString().split("\\?")[0]);

        var redeemed =
                anonymously(REDEEM, input(Map.of("token", mail.token(), "password", PASSWORD)));
        assertNull(redeemed.get("errors"), redeemed.prettify());
        assertEquals(membership, redeemed.getString("data.redeemInvitation.membership.id"));
        assertEquals("ACTIVE", redeemed.getString("data.redeemInvitation.membership.status"));
        assertEquals(email, redeemed.getString("data.redeemInvitation.login"));
        assertTrue(redeemed.getBoolean("data.redeemInvitation.loginCreated"));

        String token = TestTokens.signInAs(new TestTokens.Login(email, PASSWORD));
        var me = GraphQL.ok(token, MY_CAMPAIGNS);
        assertEquals(List.of(campaign), me.getList("data.me.campaigns.id"));
        assertEquals(List.of("Winter trail"), me.getList("data.me.campaigns.name"));

        var replayed =
                anonymously(
                        REDEEM,
                        input(Map.of("token", mail.token(), "password", "another-one-here")));
        assertEquals("FAILED_PRECONDITION", replayed.getString("errors[0].extensions.code"));
        assertTrue(replayed.getString("errors[0].message").contains("already used"));
        // Still the first password: the replay changed nothing.
        TestTokens.signInAs(new TestTokens.Login(email, PASSWORD));
    }

    @Test
    void aTamperedLinkOrAMissingPasswordIsACodedErrorAndStoresNothing() {
        var brand = Tenants.newBrand();
        String email = "careful." + UUID.randomUUID() + "@creators.example";
        invite(brand, campaign(brand, "Careful"), email);
        String token = TestMailbox.awaitMailTo(email).token();

        var tampered =
                anonymously(REDEEM, input(Map.of("token", token + "x", "password", PASSWORD)));
        assertEquals("INVALID_ARGUMENT", tampered.getString("errors[0].extensions.code"));
        var passwordless = anonymously(REDEEM, input(Map.of("token", token)));
        assertEquals("INVALID_ARGUMENT", passwordless.getString("errors[0].extensions.code"));
        assertTrue(passwordless.getString("errors[0].message").contains("choose a password"));

        var redeemed = anonymously(REDEEM, input(Map.of("token", token, "password", PASSWORD)));
        assertEquals("ACTIVE", redeemed.getString("data.redeemInvitation.membership.status"));
    }

    @Test
    void withoutATokenNothingButRedeemingIsAnswered() {
        for (String document :
                List.of(
                        MY_CAMPAIGNS,
                        "mutation { redeemInvitation(input: {token: \"x\"}) { login } campaigns: __typename }",
                        "mutation { ...F } fragment F on Mutation { redeemInvitation(input: {token: \"x\"}) { login } }",
                        "query { __typename }",
                        "not graphql")) {
            var answer =
                    given().contentType(ContentType.JSON)
                            .body(Map.of("query", document))
                            .post("/graphql")
                            .then()
                            .statusCode(401)
                            .header("WWW-Authenticate", "Bearer")
                            .extract()
                            .jsonPath();
            assertEquals(
                    "UNAUTHENTICATED", answer.getString("errors[0].extensions.code"), document);
        }
    }

    @Test
    void aCreatorOfTwoBrandsKeepsOneLoginAndEachBrandSeesOnlyItsOwn() {
        String email = "two.brands." + UUID.randomUUID() + "@creators.example";
        var first = Tenants.newBrand();
        String firstCampaign = campaign(first, "First brand's");
        invite(first, firstCampaign, email);
        anonymously(
                REDEEM,
                input(
                        Map.of(
                                "token",
                                TestMailbox.awaitMailTo(email).token(),
                                "password",
                                PASSWORD)));

        var second = Tenants.newBrand();
        String secondCampaign = campaign(second, "Second brand's");
        invite(second, secondCampaign, email);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> TestMailbox.countTo(email) == 2);
        var again =
                anonymously(REDEEM, input(Map.of("token", TestMailbox.awaitMailTo(email).token())));
        assertNull(again.get("errors"), again.prettify());
        assertFalse(again.getBoolean("data.redeemInvitation.loginCreated"));

        String token = TestTokens.signInAs(new TestTokens.Login(email, PASSWORD));
        var me = GraphQL.ok(token, MY_CAMPAIGNS);
        assertEquals(
                List.of(firstCampaign, secondCampaign).stream().sorted().toList(),
                me.getList("data.me.campaigns.id", String.class).stream().sorted().toList());

        String members =
                "query($id: ID!) { campaignMemberships(campaignId: $id, first: 10) { nodes { id } } }";
        var foreign = GraphQL.post(first.viewerToken(), members, Map.of("id", secondCampaign));
        assertEquals(List.of(), foreign.getList("data.campaignMemberships.nodes"));
        var own = GraphQL.ok(second.viewerToken(), members, Map.of("id", secondCampaign));
        assertEquals(1, own.getList("data.campaignMemberships.nodes").size());
    }

    private String campaign(Tenants brand, String name) {
        return api.campaigns()
                .createCampaign(
                        CreateCampaignRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setName(name)
                                .setLandingUrl("https://northwind.example/winter")
                                .setStartsOn("2026-11-01")
                                .build())
                .getId();
    }

    /** The brand's side, through GraphQL: the creator made, shortlisted and invited. */
    private static String invite(Tenants brand, String campaign, String email) {
        String creator =
                GraphQL.ok(
                                brand.adminToken(),
                                CREATE_CREATOR,
                                input(
                                        Map.of(
                                                "name",
                                                "Jo Journey",
                                                "email",
                                                email,
                                                "country",
                                                "DE")))
                        .getString("data.createCreator.creator.id");
        String membership =
                GraphQL.ok(
                                brand.adminToken(),
                                SHORTLIST,
                                input(Map.of("campaignId", campaign, "creatorId", creator)))
                        .getString("data.shortlistCreator.membership.id");
        var invited =
                GraphQL.ok(
                        brand.adminToken(),
                        INVITE,
                        input(Map.of("membershipId", membership, "message", "Come run with us")));
        assertEquals("INVITED", invited.getString("data.inviteCreator.membership.status"));
        return membership;
    }

    private static JsonPath anonymously(String document, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> input(Map<String, Object> fields) {
        var variables = new HashMap<String, Object>();
        variables.put("input", fields);
        return variables;
    }
}
