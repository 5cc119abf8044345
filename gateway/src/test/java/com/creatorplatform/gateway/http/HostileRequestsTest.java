package com.creatorplatform.gateway.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.graphql.CampaignDashboardGraphQLTest;
import com.creatorplatform.gateway.limits.DocumentCost;
import com.creatorplatform.gateway.limits.DocumentCostGuard;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.GrpcCallCounter;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests a hostile or careless client sends to /graphql, through HTTP with a real token: each is
 * refused with a coded error before anything runs, and never with a 5xx.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    Tenants brand;

    @BeforeAll
    void tenant() {
        brand = Tenants.newBrand();
    }

    /**
     * A document of fragments that double at every level: {@code levels} levels expand to 2^levels
     * selections.
     */
    static String fragmentBomb(int levels, String innermost) {
        var document =
                new StringBuilder(
                        "{ ...F" + levels + " } fragment F0 on Query { " + innermost + " } ");
        for (int i = 1; i <= levels; i++) {
            document.append("fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" } ");
        }
        return document.toString();
    }

    private static JsonPath refused(JsonPath answer, String code) {
        String first = String.valueOf(answer.getString("errors[0].message"));
        String excerpt =
                answer.getList("errors").size()
                        + " errors, the first: "
                        + first.substring(0, Math.min(first.length(), 500));
        assertNull(answer.get("data"), excerpt);
        assertEquals(code, answer.getString("errors[0].extensions.code"), excerpt);
        return answer;
    }

    @Test
    void aFragmentBombIsRefusedBeforeValidationWhileOtherRequestsGoOn() {
        // The innermost field does not exist: had validation (or anything after it) looked, the
        // error would say so.
        String bomb = fragmentBomb(30, "myBrand { id notAField }");
        assertTrue(bomb.length() < 1300, "under 1.3 KB: " + bomb.length());

        var bombs = CompletableFuture.supplyAsync(() -> GraphQL.post(brand.viewerToken(), bomb));
        var trivial = GraphQL.ok(brand.viewerToken(), "{ myBrand { id } }");
        assertEquals(brand.brandId(), trivial.getString("data.myBrand.id"));

        var answer = refused(bombs.join(), "LIMIT_EXCEEDED");
        assertEquals("fields", answer.getString("errors[0].extensions.limit"));
        assertEquals(600, answer.getInt("errors[0].extensions.maximum"));
        assertEquals(
                3L << 30,
                answer.getLong("errors[0].extensions.value"),
                "2^30 spreads of 3 fields, counted, not expanded");
    }

    @Inject GraphQLSchema schema;

    @Test
    void theDashboardsOneRequestFitsTheLimitsWithRoomToSpare() {
        var cost =
                DocumentCost.of(
                        Parser.parse(CampaignDashboardGraphQLTest.DASHBOARD),
                        schema,
                        DocumentCostGuard.resolvedFields(schema)::contains);
        assertEquals(
                new DocumentCost(64, 8, 3),
                cost,
                "the figures README.md and docs/adr/0037-graphql-document-limits.md give");
    }

    @Test
    void manyAliasesOfAServiceCallAreRefusedWithoutCallingTheService() {
        var aliases = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            aliases.append("c").append(i).append(": campaigns(first: 100) { nodes { id } } ");
        }
        GrpcCallCounter.reset();
        var answer =
                refused(GraphQL.post(brand.viewerToken(), "{ " + aliases + "}"), "LIMIT_EXCEEDED");
        assertEquals("resolvers", answer.getString("errors[0].extensions.limit"));
        assertEquals(130, answer.getInt("errors[0].extensions.value"));
        assertEquals(
                0, GrpcCallCounter.calls("ListCampaigns"), GrpcCallCounter.snapshot().toString());
    }

    @Test
    void aDocumentDeeperThanTheLimitIsRefused() {
        // Campaign → creators → membership → campaign ... loops; six turns are far deeper than 12
        // levels.
        String inner = "id";
        for (int i = 0; i < 6; i++) {
            inner = "creators { nodes { membership { campaign { %s } } } }".formatted(inner);
        }
        var answer =
                refused(
                        GraphQL.post(
                                brand.viewerToken(), "{ campaigns { nodes { " + inner + " } } }"),
                        "LIMIT_EXCEEDED");
        assertEquals("depth", answer.getString("errors[0].extensions.limit"));
        assertEquals(12, answer.getInt("errors[0].extensions.maximum"));
        assertEquals(27, answer.getInt("errors[0].extensions.value"));
    }

    @Test
    void aDocumentLongerThanTheTokenLimitIsNotEvenParsed() {
        var underLimit = GraphQL.post(brand.viewerToken(), ordersQuery(2400));
        assertEquals(
                "INVALID_ARGUMENT",
                underLimit.getString("errors[0].extensions.code"),
                "parsed and run: the service refuses 2,400 ids");

        var overLimit =
                refused(GraphQL.post(brand.viewerToken(), ordersQuery(6000)), "LIMIT_EXCEEDED");
        assertEquals("tokens", overLimit.getString("errors[0].extensions.limit"));
        assertEquals(5000, overLimit.getInt("errors[0].extensions.maximum"));
    }

    /** A document of about as many tokens as ids. */
    private static String ordersQuery(int ids) {
        var list = new StringBuilder();
        for (int i = 0; i < ids; i++) {
            list.append("\"o").append(i).append("\" ");
        }
        return "{ orders(orderIds: [" + list + "]) { orderId } }";
    }

    @Test
    void aDocumentThatIsNotGraphQLIsCodedAsAParseFailure() {
        var answer =
                refused(
                        GraphQL.post(brand.viewerToken(), "{ campaigns { nodes { id }"),
                        "GRAPHQL_PARSE_FAILED");
        assertTrue(
                answer.getString("errors[0].message").contains("Invalid syntax"),
                () -> answer.prettify());
        refused(
                GraphQL.post(brand.viewerToken(), "{ campaigns { nodes { notAField } } }"),
                "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void integersBeyond32BitsAreRefusedNotWrapped() {
        var literal =
                refused(
                        GraphQL.post(
                                brand.viewerToken(),
                                "{ campaigns(first: 4294967297) { nodes { id } } }"),
                        "INVALID_ARGUMENT");
        assertTrue(
                literal.getString("errors[0].message").contains("first"), () -> literal.prettify());
        var variable =
                refused(
                        GraphQL.post(
                                brand.viewerToken(),
                                "query($n: Int) { campaigns(first: $n) { nodes { id } } }",
                                Map.of("n", 99999999999L)),
                        "INVALID_ARGUMENT");
        assertTrue(
                variable.getString("errors[0].message").contains("'n'"), () -> variable.prettify());
    }

    @Test
    void anImpossibleDateIsAnInvalidArgumentNamingTheField() {
        var answer =
                GraphQL.post(
                        brand.viewerToken(),
                        "{ report(filter: {from: \"2026-02-30\", to: \"2026-03-01\"}) { clicks } }");
        assertEquals(
                "INVALID_ARGUMENT",
                answer.getString("errors[0].extensions.code"),
                () -> answer.prettify());
        String message = answer.getString("errors[0].message");
        assertTrue(message.contains("from"), message);
        assertFalse(message.contains("com.creatorplatform") || message.contains("java."), message);
    }

    // ---------------------------------------------------------------------------------------------
    // The HTTP envelope (GraphQL over HTTP).
    // ---------------------------------------------------------------------------------------------

    /** What the gateway answered: status, media type and body. */
    record Answer(int status, String contentType, String body) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /**
     * Posts a raw body with the JDK's client: REST Assured's logging, which Quarkus turns on, would
     * pretty-print a 100,000-deep body into the test JVM's heap.
     */
    private Answer send(String contentType, String accept, String body) {
        return send(brand.viewerToken(), contentType, accept, body);
    }

    private Answer send(String token, String contentType, String accept, String body) {
        var request =
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void badRequest(Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(
                "BAD_REQUEST", answer.json().getString("errors[0].extensions.code"), answer.body());
    }

    @Test
    void aBodyNestedTooDeepOrOfTheWrongShapeIsABadRequest() {
        badRequest(send("application/json", null, "[".repeat(100_000) + "]".repeat(100_000)));
        badRequest(
                send(
                        "application/json",
                        null,
                        "{\"query\": \"{ myBrand { id } }\", \"variables\": "
                                + "{\"a\":".repeat(40_000)
                                + "1"
                                + "}".repeat(40_000)
                                + "}"));
        badRequest(
                send(
                        "application/json",
                        null,
                        "{\"query\": \"{ myBrand { id } }\", \"operationName\": 5}"));
        badRequest(
                send(
                        "application/json",
                        null,
                        "{\"query\": \"{ myBrand { id } }\", \"variables\": \"x\"}"));
        badRequest(send("application/json", null, "{\"query\": 7}"));
        badRequest(send("application/json", null, "{\"query\": \"{ myBrand { id } }\""));
        badRequest(send("application/json", null, "[{\"query\": \"{ myBrand { id } }\"}]"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithItsSize() {
        var answer =
                send(
                        "application/json",
                        null,
                        "{\"query\": \"{ myBrand { id } }\", \"pad\": \""
                                + "x".repeat(300_000)
                                + "\"}");
        assertEquals(413, answer.status(), answer.body());
        assertEquals("LIMIT_EXCEEDED", answer.json().getString("errors[0].extensions.code"));
        assertEquals("bodyBytes", answer.json().getString("errors[0].extensions.limit"));
    }

    @Test
    void aPostWithoutAContentTypeIsNotRun() {
        badRequest(send(null, null, "{\"query\": \"{ myBrand { id } }\"}"));
    }

    @Test
    void
            clientsAcceptingGraphQLResponsesGet400ForRequestErrorsAnd200OtherwiseWhileJsonClientsGet200() {
        for (String document : new String[] {"{ myBrand { id }", "{ myBrand { notAField } }"}) {
            var strict =
                    send("application/json", GRAPHQL_RESPONSE, "{\"query\": \"" + document + "\"}");
            assertEquals(400, strict.status(), strict.body());
            assertTrue(strict.contentType().startsWith(GRAPHQL_RESPONSE), strict.contentType());
            assertEquals(
                    200,
                    send(
                                    "application/json",
                                    "application/json",
                                    "{\"query\": \"" + document + "\"}")
                            .status());
        }
        var badVariable =
                send(
                        "application/json",
                        GRAPHQL_RESPONSE,
                        "{\"query\": \"query($n: Int) { campaigns(first: $n) { nodes { id } } }\", \"variables\": {\"n\": \"many\"}}");
        assertEquals(400, badVariable.status(), badVariable.body());
        assertEquals(
                "INVALID_ARGUMENT",
                badVariable.json().getString("errors[0].extensions.code"),
                badVariable.body());

        var fine =
                send("application/json", GRAPHQL_RESPONSE, "{\"query\": \"{ myBrand { id } }\"}");
        assertEquals(200, fine.status(), fine.body());
        assertEquals(brand.brandId(), fine.json().getString("data.myBrand.id"));
    }

    @Test
    void aBodyThatIsTheDocumentItselfRuns() {
        var answer = send("application/graphql", null, "{ myBrand { id } }");
        assertEquals(200, answer.status(), answer.body());
        assertEquals(brand.brandId(), answer.json().getString("data.myBrand.id"), answer.body());
    }

    @Test
    void anyOrNoAcceptIsAnsweredAsJson() {
        for (String accept : new String[] {null, "*/*"}) {
            var response = send("application/json", accept, "{\"query\": \"{ myBrand { id } }\"}");
            assertEquals(200, response.status());
            assertTrue(
                    response.contentType().startsWith("application/json"),
                    accept + " → " + response.contentType());
        }
    }

    @Test
    void theSchemaIsServedExactlyWhereIntrospectionIsOn() {
        var introspection =
                GraphQL.post(brand.viewerToken(), "{ __schema { queryType { name } } }");
        boolean introspectable =
                "Query".equals(introspection.getString("data.__schema.queryType.name"));
        int schema =
                given().auth()
                        .oauth2(brand.viewerToken())
                        .get("/graphql/schema.graphql")
                        .statusCode();
        assertEquals(introspectable ? 200 : 404, schema);
    }

    @Test
    void withoutATokenEvenABadBodyIsA401() {
        given().contentType(ContentType.JSON)
                .body("{\"query\": 7}")
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void aUserSendingMoreThanTheirBurstAtOnceIsToldToWaitWhileOthersGoOn() {
        String hasty = TestTokens.newUserToken("brand_viewer", Map.of("brand_id", brand.brandId()));
        var request =
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                        .header("Authorization", "Bearer " + hasty)
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"query\": \"{ __typename }\"}"))
                        .build();
        // 200 at once, then 50 a second: 400 requests sent together cannot all be let through.
        List<HttpResponse<String>> answers =
                java.util.stream.IntStream.range(0, 400)
                        .mapToObj(
                                i -> HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                        .toList()
                        .stream()
                        .map(CompletableFuture::join)
                        .toList();

        var refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertFalse(refused.isEmpty(), "none of 400 refused");
        assertEquals(
                400 - refused.size(),
                answers.stream().filter(answer -> answer.statusCode() == 200).count());
        var first = JsonPath.from(refused.get(0).body());
        assertEquals("LIMIT_EXCEEDED", first.getString("errors[0].extensions.code"));
        assertEquals("requestsPerSecond", first.getString("errors[0].extensions.limit"));
        assertEquals("1", refused.get(0).headers().firstValue("Retry-After").orElse(null));
        GraphQL.ok(brand.viewerToken(), "{ myBrand { id } }");
    }

    // ---------------------------------------------------------------------------------------------
    // Fuzz: documents, variables and bodies mangled by a seeded generator (the seed is in the
    // message).
    // ---------------------------------------------------------------------------------------------

    /** Java or framework names a message must never show (class names, packages, stack frames). */
    private static final java.util.regex.Pattern INTERNALS =
            java.util.regex.Pattern.compile(
                    "(java|javax|jakarta|io\\.smallrye|io\\.vertx|io\\.quarkus|graphql\\.[a-z]|com\\.creatorplatform)\\.[A-Za-z]|Exception\\b|\\tat |\\$[A-Z][a-z]+Input");

    @Test
    void mangledDocumentsVariablesAndBodiesNeverGetA5xxAClassNameOrAnErrorWithoutACode() {
        long seed = Long.getLong("fuzz.seed", 18L);
        var random = new java.util.Random(seed);
        var mangler = new RequestMangler(random);
        // Its own user: 300 requests empty a user's request bucket (burst 200), which would
        // refuse the next test's requests with 429.
        String token = Tenants.newBrand().viewerToken();
        for (int i = 0; i < 300; i++) {
            String body = mangler.body();
            Answer answer =
                    send(
                            token,
                            random.nextInt(4) == 0 ? null : "application/json",
                            random.nextBoolean() ? GRAPHQL_RESPONSE : null,
                            body);
            String shown =
                    "seed "
                            + seed
                            + ", request "
                            + i
                            + ": "
                            + body
                            + " -> "
                            + answer.status()
                            + " "
                            + answer.body();
            assertTrue(answer.status() < 500, shown);
            // graphql-java's error classifications (e.g. DataFetchingException) are names of kinds,
            // not classes
            assertFalse(
                    INTERNALS
                            .matcher(answer.body().replaceAll("\"classification\":\"\\w+\"", ""))
                            .find(),
                    shown);
            if (answer.body().startsWith("{")) {
                List<Map<String, Object>> errors = answer.json().getList("errors");
                for (var error : errors == null ? List.<Map<String, Object>>of() : errors) {
                    assertTrue(
                            error.get("extensions") instanceof Map<?, ?> extensions
                                    && extensions.get("code") != null,
                            shown);
                }
            } else {
                assertTrue(
                        answer.status() == 401 || answer.status() == 406 || answer.status() == 405,
                        shown);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The GraphQL over HTTP specification's own audit (npm graphql-http): every MUST and SHOULD.
    // ---------------------------------------------------------------------------------------------

    @Test
    void theGraphQLOverHttpAuditPassesEveryCheck() throws Exception {
        Path audit = Path.of("target", "graphql-http-audit");
        Files.createDirectories(audit);
        for (String file : List.of("package.json", "package-lock.json", "audit.mjs")) {
            Files.copy(
                    Path.of("src", "test", "graphql-http-audit", file),
                    audit.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(audit.resolve("node_modules"))) {
            run(audit, "npm", "ci", "--no-audit", "--no-fund");
        }
        String output =
                run(
                        audit,
                        "node",
                        "audit.mjs",
                        "http://localhost:" + RestAssured.port + "/graphql",
                        brand.viewerToken());

        List<JsonPath> results =
                output.lines().filter(line -> line.startsWith("{")).map(JsonPath::from).toList();
        assertTrue(results.size() > 40, "the audit ran its checks: " + output);
        // MAY checks are options (e.g. form-encoded bodies); MUST and SHOULD are not.
        List<String> notOk =
                results.stream()
                        .filter(result -> !result.getString("name").startsWith("MAY "))
                        .filter(result -> !"ok".equals(result.getString("status")))
                        .map(
                                result ->
                                        result.getString("id")
                                                + " "
                                                + result.getString("name")
                                                + ": "
                                                + result.getString("reason"))
                        .toList();
        assertEquals(List.of(), notOk);
    }

    private static String run(Path directory, String... command)
            throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(command)
                        .directory(directory.toFile())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed: " + output);
        return output;
    }
}
