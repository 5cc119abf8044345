package com.creatorplatform.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a phone on a slow network and a browser on another origin need from /graphql, through real
 * HTTP (the JDK's client, which neither asks for compression nor decompresses by itself): large
 * answers compressed for clients that accept it, small ones not; CORS preflights answered for the
 * configured origins only (the test profile's is {@value #ALLOWED}).
 */
@QuarkusTest
class CompressionAndCorsTest {

    static final String ALLOWED = "https://app.test.example";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Every type's fields: an answer of tens of kilobytes, with no service to call. */
    private static final String LARGE = "{ __schema { types { name fields { name } } } }";

    private static URI graphql() {
        return URI.create("http://localhost:" + RestAssured.port + "/graphql");
    }

    private static String token() {
        return TestTokens.newUserToken(
                "creator", Map.of("creator_id", UUID.randomUUID().toString()));
    }

    private static HttpResponse<byte[]> post(String token, String document, String encodings)
            throws IOException, InterruptedException {
        var request =
                HttpRequest.newBuilder(graphql())
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"query\": \"" + document + "\"}"));
        if (encodings != null) {
            request.header("Accept-Encoding", encodings);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encoding(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("identity");
    }

    private static JsonPath decompressed(HttpResponse<byte[]> response) throws IOException {
        InputStream raw = new ByteArrayInputStream(response.body());
        try (InputStream body =
                switch (encoding(response)) {
                    case "gzip" -> new GZIPInputStream(raw);
                    case "deflate" -> new InflaterInputStream(raw);
                    default -> raw;
                }) {
            return JsonPath.from(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLargeAnswerIsCompressedForAClientThatAcceptsIt() throws Exception {
        String token = token();
        var plain = post(token, LARGE, null);
        assertEquals(200, plain.statusCode());
        assertEquals("identity", encoding(plain), "not asked for, not compressed");

        for (String accepted : List.of("gzip", "deflate", "br;q=1.0, gzip;q=0.8")) {
            var compressed = post(token, LARGE, accepted);
            assertEquals(200, compressed.statusCode());
            String used = encoding(compressed);
            assertTrue(
                    accepted.contains(used) && !used.equals("identity"), accepted + " → " + used);
            assertTrue(
                    compressed.body().length * 3 < plain.body().length,
                    "at most a third: " + compressed.body().length + " of " + plain.body().length);
            var answer = decompressed(compressed);
            assertEquals(
                    JsonPath.from(new String(plain.body(), StandardCharsets.UTF_8))
                            .getList("data.__schema.types.name"),
                    answer.getList("data.__schema.types.name"));
            assertTrue(answer.getList("data.__schema.types.name").contains("Campaign"));
        }
    }

    @Test
    void aSmallAnswerIsSentAsItIs() throws Exception {
        var small = post(token(), "{ __typename }", "gzip");
        assertEquals(200, small.statusCode());
        assertEquals("identity", encoding(small));
        assertEquals("Query", decompressed(small).getString("data.__typename"));
    }

    private static HttpResponse<String> preflight(String origin)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(graphql())
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization, content-type")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPreflightFromTheConfiguredOriginMayPostWithATokenAndJson() throws Exception {
        var answer = preflight(ALLOWED);
        assertEquals(200, answer.statusCode());
        var headers = answer.headers();
        assertEquals(ALLOWED, headers.firstValue("Access-Control-Allow-Origin").orElse(null));
        String methods = headers.firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST") && methods.contains("GET"), methods);
        String allowed =
                headers.firstValue("Access-Control-Allow-Headers")
                        .orElse("")
                        .toLowerCase(Locale.ROOT);
        assertTrue(allowed.contains("authorization") && allowed.contains("content-type"), allowed);
        assertFalse(
                headers.firstValue("Access-Control-Allow-Credentials").orElse("").equals("true"),
                "tokens, not cookies");

        // The request itself then carries the origin's permission.
        var request =
                HTTP.send(
                        HttpRequest.newBuilder(graphql())
                                .header("Origin", ALLOWED)
                                .header("Authorization", "Bearer " + token())
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"query\": \"{ __typename }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, request.statusCode(), request.body());
        assertEquals(
                ALLOWED, request.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefusedWithoutCorsHeaders() throws Exception {
        var answer = preflight("https://elsewhere.example");
        assertEquals(403, answer.statusCode());
        assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
}
