package com.creatorplatform.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apollo's automatic persisted queries through real HTTP, as the mobile app's client speaks them:
 * the hash alone first, the document with its hash when the gateway answers
 * PERSISTED_QUERY_NOT_FOUND, the hash alone from then on, by POST or by GET (which a CDN can
 * cache). Each test's documents are its own (a comment with a random id), so no test finds
 * another's.
 */
@QuarkusTest
class AutomaticPersistedQueriesTest {

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    String creatorId;
    String token;

    @BeforeEach
    void creator() {
        creatorId = UUID.randomUUID().toString();
        token = TestTokens.newUserToken("creator", Map.of("creator_id", creatorId));
    }

    /** A document no other test sends: its hash is unknown to the gateway until sent. */
    private static String fresh(String document) {
        return document + " # " + UUID.randomUUID();
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    record Answer(int status, String contentType, JsonPath json, String body) {}

    private Answer post(String accept, Map<String, Object> request)
            throws IOException, InterruptedException {
        return answer(
                HttpRequest.newBuilder(URI.create(url("")))
                        .header("Content-Type", JSON)
                        .header("Accept", accept)
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        new JsonObject(request).encode())));
    }

    /** A GET with the request's members as URL parameters (objects as JSON). */
    @SuppressWarnings("unchecked")
    private Answer get(Map<String, Object> request) throws IOException, InterruptedException {
        String parameters =
                request.entrySet().stream()
                        .map(
                                member ->
                                        member.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        member.getValue() instanceof Map<?, ?> map
                                                                ? new JsonObject(
                                                                                (Map<
                                                                                                String,
                                                                                                Object>)
                                                                                        map)
                                                                        .encode()
                                                                : String.valueOf(member.getValue()),
                                                        StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return answer(HttpRequest.newBuilder(URI.create(url("?" + parameters))).GET());
    }

    private static String url(String rest) {
        return "http://localhost:" + RestAssured.port + "/graphql" + rest;
    }

    private Answer answer(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response =
                HTTP.send(
                        request.header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body().startsWith("{") ? JsonPath.from(response.body()) : null,
                response.body());
    }

    private static Map<String, Object> request(Object... members) {
        Map<String, Object> request = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            request.put((String) members[i], members[i + 1]);
        }
        return request;
    }

    private void answersMe(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        assertNull(answer.json().get("errors"), answer.body());
        assertEquals(creatorId, answer.json().getString("data.me.creatorId"), answer.body());
    }

    @Test
    void anUnknownHashIsNotFoundThenTheDocumentWithItsHashIsStoredAndRunByHashAlone()
            throws Exception {
        String document = fresh("query Me { me { creatorId } }");
        String hash = PersistedQueries.sha256(document);

        for (String accept : new String[] {JSON, GRAPHQL_RESPONSE}) {
            var unknown = post(accept, request("extensions", persisted(hash)));
            assertEquals(JSON.equals(accept) ? 200 : 400, unknown.status(), unknown.body());
            assertTrue(unknown.contentType().startsWith(accept), unknown.contentType());
            assertEquals(
                    "PERSISTED_QUERY_NOT_FOUND",
                    unknown.json().getString("errors[0].extensions.code"));
            assertEquals(
                    "PersistedQueryNotFound",
                    unknown.json().getString("errors[0].message"),
                    "the message Apollo's clients look for");
            assertNull(unknown.json().get("data"));
        }

        answersMe(post(JSON, request("query", document, "extensions", persisted(hash))));
        answersMe(post(JSON, request("extensions", persisted(hash))));
        answersMe(get(request("extensions", persisted(hash))));
        answersMe(get(request("extensions", persisted(hash.toUpperCase()))));
        // As Apollo's clients send a GET: the operation's name, variables, the hash.
        answersMe(
                get(
                        request(
                                "operationName",
                                "Me",
                                "variables",
                                Map.of(),
                                "extensions",
                                persisted(hash))));
    }

    @Test
    void aDocumentRegisteredByGetIsFoundByPost() throws Exception {
        String document = fresh("{ me { creatorId } }");
        String hash = PersistedQueries.sha256(document);
        answersMe(get(request("query", document, "extensions", persisted(hash))));
        answersMe(post(JSON, request("extensions", persisted(hash))));
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndNothingIsStored() throws Exception {
        String document = fresh("{ me { creatorId } }");
        String wrong = PersistedQueries.sha256(document + " ");

        var refused = post(JSON, request("query", document, "extensions", persisted(wrong)));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("BAD_REQUEST", refused.json().getString("errors[0].extensions.code"));
        assertTrue(
                refused.json().getString("errors[0].message").contains("not the SHA-256"),
                refused.body());

        var unknown = post(JSON, request("extensions", persisted(wrong)));
        assertEquals(
                "PERSISTED_QUERY_NOT_FOUND",
                unknown.json().getString("errors[0].extensions.code"),
                unknown.body());
    }

    @Test
    void aMalformedPersistedQueryIsABadRequest() throws Exception {
        for (Object persistedQuery :
                new Object[] {
                    "abc",
                    Map.of(
                            "version",
                            2,
                            "sha256Hash",
                            PersistedQueries.sha256("{ me { creatorId } }")),
                    Map.of("version", 1, "sha256Hash", "not-a-hash")
                }) {
            var refused =
                    post(JSON, request("extensions", Map.of("persistedQuery", persistedQuery)));
            assertEquals(400, refused.status(), refused.body());
            assertEquals(
                    "BAD_REQUEST",
                    refused.json().getString("errors[0].extensions.code"),
                    refused.body());
        }
    }

    @Test
    void aStoredMutationIsRefusedOverGetWhileTheQueryBesideItRuns() throws Exception {
        String document =
                fresh(
                        "query Me { me { creatorId } } mutation Decline($id: ID!) {"
                                + " declineInvitation(input: {membershipId: $id}) { membership { status } } }");
        String hash = PersistedQueries.sha256(document);
        answersMe(
                post(
                        JSON,
                        request(
                                "query",
                                document,
                                "operationName",
                                "Me",
                                "extensions",
                                persisted(hash))));

        var mutation =
                get(
                        request(
                                "operationName",
                                "Decline",
                                "variables",
                                Map.of("id", UUID.randomUUID().toString()),
                                "extensions",
                                persisted(hash)));
        assertEquals(405, mutation.status(), mutation.body());
        assertEquals("BAD_REQUEST", mutation.json().getString("errors[0].extensions.code"));
        assertNull(mutation.json().get("data"));

        answersMe(get(request("operationName", "Me", "extensions", persisted(hash))));
        var unknown = get(request("operationName", "Other", "extensions", persisted(hash)));
        assertEquals("BAD_REQUEST", unknown.json().getString("errors[0].extensions.code"));
        assertTrue(unknown.json().getString("errors[0].message").contains("Other"));
    }

    @Test
    void theLimitsApplyToAStoredDocumentEachTimeItRuns() throws Exception {
        String bomb = fresh(HostileRequestsTest.fragmentBomb(30, "me { creatorId }"));
        String hash = PersistedQueries.sha256(bomb);
        for (var request :
                List.of(
                        request("query", bomb, "extensions", persisted(hash)),
                        request("extensions", persisted(hash)))) {
            var refused = post(JSON, request);
            assertEquals(200, refused.status(), refused.body());
            assertEquals(
                    "LIMIT_EXCEEDED",
                    refused.json().getString("errors[0].extensions.code"),
                    refused.body());
            assertEquals("fields", refused.json().getString("errors[0].extensions.limit"));
        }
    }

    @Test
    void aGetsDocumentAndVariablesArriveAsSent() throws Exception {
        // A % or + reaches the gateway encoded and must not be decoded twice.
        String document = "query($name: String!) { __type(name: $name) { name } } # 100% 1+1";
        var answer = get(request("query", document, "variables", Map.of("name", "50%+")));
        assertEquals(200, answer.status(), answer.body());
        assertNull(answer.json().get("errors"), answer.body());
        assertTrue(answer.json().getMap("data").containsKey("__type"), answer.body());
        assertNull(answer.json().get("data.__type"));

        var named = get(request("query", document, "variables", Map.of("name", "Query")));
        assertEquals("Query", named.json().getString("data.__type.name"), named.body());
    }
}
