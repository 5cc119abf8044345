package com.creatorplatform.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;

/** Posts GraphQL documents to the gateway over HTTP, as any client would. */
public final class GraphQL {

    private GraphQL() {}

    public static JsonPath post(String token, String document, Map<String, Object> variables) {
        var request =
                given().contentType(ContentType.JSON)
                        .body(Map.of("query", document, "variables", variables));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath post(String token, String document) {
        return post(token, document, Map.of());
    }

    /** Posts a document that must succeed; a failure shows the errors the gateway gave. */
    public static JsonPath ok(String token, String document, Map<String, Object> variables) {
        JsonPath answer = post(token, document, variables);
        if (answer.get("errors") != null) {
            throw new AssertionError("expected no errors, got " + answer.prettify());
        }
        return answer;
    }

    public static JsonPath ok(String token, String document) {
        return ok(token, document, Map.of());
    }
}
