package com.creatorplatform.gateway.brand;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Brand API keys through the public API with real Keycloak client-credentials tokens (ADR 0054): a
 * key's scopes decide what its system may do, a revoked key gets no new token and its old one is
 * refused, and every use is in the brand's audit log with its outcome.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeysGraphQLTest {

    static final String CREATE =
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {"
                    + " key { id name scopes clientId secretPrefix revokedAt } clientId clientSecret } }";
    static final String KEYS = "{ apiKeys { id name scopes clientId revokedAt } }";
    static final String REVOKE = "mutation($id: ID!) { revokeApiKey(keyId: $id) { id revokedAt } }";
    static final String USES =
            "query($id: ID) { apiKeyUses(keyId: $id, first: 10) {"
                    + " nodes { keyId operation rootFields outcome usedAt } pageInfo { hasNextPage } } }";
    static final String READ = "query ReadBrand { myBrand { id timeZone } }";
    static final String WRITE =
            "mutation Rezone { updateBrandSettings(input: { timeZone: \"Europe/Paris\" }) { timeZone } }";

    record Key(String id, String clientId, String secret) {}

    @Test
    void aKeysScopesDecideWhatItMayDoAndARevokedKeyIsRefused() {
        var brand = Tenants.newBrand();
        Key reader = create(brand.adminToken(), "Reporting", List.of("read"));
        Key writer = create(brand.adminToken(), "Shop sync", List.of("write"));

        String readToken = TestTokens.shippedClientToken(reader.clientId(), reader.secret());
        assertEquals(brand.brandId(), GraphQL.ok(readToken, READ).getString("data.myBrand.id"));
        var refused = GraphQL.post(readToken, WRITE);
        assertEquals("FORBIDDEN", refused.getString("errors[0].extensions.code"));
        var managing =
                GraphQL.post(
                        readToken,
                        CREATE,
                        Map.of("input", Map.of("name", "More", "scopes", List.of("read"))));
        assertEquals("FORBIDDEN", managing.getString("errors[0].extensions.code"));

        String writeToken = TestTokens.shippedClientToken(writer.clientId(), writer.secret());
        assertEquals(
                "Europe/Paris",
                GraphQL.ok(writeToken, WRITE).getString("data.updateBrandSettings.timeZone"));

        var listed = GraphQL.ok(brand.viewerToken(), KEYS);
        assertEquals(List.of("Shop sync", "Reporting"), listed.getList("data.apiKeys.name"));
        assertEquals(List.of("write"), listed.getList("data.apiKeys[0].scopes"));

        // Every use, newest first, with what it asked and how it ended.
        var uses = awaitUses(brand.viewerToken(), reader.id(), 3);
        assertEquals(
                List.of("FORBIDDEN", "FORBIDDEN", "OK"),
                uses.getList("data.apiKeyUses.nodes.outcome"));
        assertEquals(
                List.of("", "Rezone", "ReadBrand"),
                uses.getList("data.apiKeyUses.nodes.operation"));
        assertEquals(List.of("createApiKey"), uses.getList("data.apiKeyUses.nodes[0].rootFields"));
        assertEquals(List.of("myBrand"), uses.getList("data.apiKeyUses.nodes[2].rootFields"));
        assertEquals(
                List.of("OK"),
                awaitUses(brand.adminToken(), writer.id(), 1)
                        .getList("data.apiKeyUses.nodes.outcome"));

        // Another brand's admin cannot see or revoke the key.
        var other = Tenants.newBrand();
        var foreign = GraphQL.post(other.adminToken(), REVOKE, Map.of("id", reader.id()));
        assertEquals("NOT_FOUND", foreign.getString("errors[0].extensions.code"));
        var viewerRevoking = GraphQL.post(brand.viewerToken(), REVOKE, Map.of("id", reader.id()));
        assertEquals("FORBIDDEN", viewerRevoking.getString("errors[0].extensions.code"));

        var revoked = GraphQL.ok(brand.adminToken(), REVOKE, Map.of("id", reader.id()));
        assertNotNull(revoked.getString("data.revokeApiKey.revokedAt"));
        var noToken =
                given().contentType(ContentType.URLENC)
                        .formParams(
                                Map.of(
                                        "grant_type", "client_credentials",
                                        "client_id", reader.clientId(),
                                        "client_secret", reader.secret()))
                        .post(TestTokens.ISSUER + "/protocol/openid-connect/token");
        assertNotEquals(200, noToken.statusCode());
        assertEquals("invalid_client", noToken.jsonPath().getString("error"));

        var stale =
                given().auth()
                        .oauth2(readToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("query", READ))
                        .post("/graphql")
                        .then()
                        .statusCode(401)
                        .extract()
                        .jsonPath();
        assertEquals("UNAUTHENTICATED", stale.getString("errors[0].extensions.code"));
        assertTrue(stale.getString("errors[0].message").contains("revoked"));
        assertEquals(
                "UNAUTHENTICATED",
                awaitUses(brand.viewerToken(), reader.id(), 4)
                        .getString("data.apiKeyUses.nodes[0].outcome"));
        // The write key is untouched.
        GraphQL.ok(writeToken, READ);
    }

    @Test
    void badKeysAreCodedErrorsAndStoreNothing() {
        var brand = Tenants.newBrand();
        for (var bad :
                List.<Map<String, Object>>of(
                        Map.of("name", "Bad scope", "scopes", List.of("admin")),
                        Map.of("name", "No scope", "scopes", List.of()),
                        Map.of("name", "Mixed", "scopes", List.of("orders", "read")),
                        Map.of("name", " ", "scopes", List.of("read")),
                        Map.of("name", "x".repeat(81), "scopes", List.of("read")))) {
            var answer = GraphQL.post(brand.adminToken(), CREATE, Map.of("input", bad));
            assertEquals(
                    "INVALID_ARGUMENT",
                    answer.getString("errors[0].extensions.code"),
                    bad.toString());
        }
        assertEquals(List.of(), GraphQL.ok(brand.adminToken(), KEYS).getList("data.apiKeys"));
        var viewerMaking =
                GraphQL.post(
                        brand.viewerToken(),
                        CREATE,
                        Map.of("input", Map.of("name", "Viewer's", "scopes", List.of("read"))));
        assertEquals("FORBIDDEN", viewerMaking.getString("errors[0].extensions.code"));
        var unknown =
                GraphQL.post(
                        brand.adminToken(),
                        REVOKE,
                        Map.of("id", "0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e99"));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        // A service account that is no key (no api_key_id) is still refused at the gateway.
        given().auth()
                .oauth2(TestTokens.shippedClientToken("order-pipeline", "order-pipeline-secret"))
                .contentType(ContentType.JSON)
                .body(Map.of("query", READ))
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    private static Key create(String adminToken, String name, List<String> scopes) {
        var created =
                GraphQL.ok(
                        adminToken,
                        CREATE,
                        Map.of("input", Map.of("name", name, "scopes", scopes)));
        String clientId = created.getString("data.createApiKey.clientId");
        String secret = created.getString("data.createApiKey.clientSecret");
        assertEquals(clientId, created.getString("data.createApiKey.key.clientId"));
        assertTrue(clientId.startsWith("brand-key-"), clientId);
        assertTrue(secret.startsWith(created.getString("data.createApiKey.key.secretPrefix")));
        assertTrue(secret.length() >= 43, "256 random bits");
        assertNull(created.getString("data.createApiKey.key.revokedAt"));
        return new Key(created.getString("data.createApiKey.key.id"), clientId, secret);
    }

    private static JsonPath awaitUses(String token, String keyId, int count) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> GraphQL.ok(token, USES, Map.of("id", keyId)),
                        answer -> answer.getList("data.apiKeyUses.nodes").size() >= count);
    }
}
