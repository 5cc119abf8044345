package com.creatorplatform.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.creatorplatform.gateway.support.GraphQL;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * End to end with every part a real process: the packaged gateway jar (production profile), the
 * three service jars, Keycloak and PostgreSQL. Runs the gateway's GraphQL tests unchanged against
 * that platform, plus what only production does.
 */
@QuarkusIntegrationTest
class PlatformEndToEndIT extends GatewayGraphQLTest {

    @Test
    void inProductionTheSchemaCannotBeIntrospectedAndTheUiIsOff() {
        var answer = GraphQL.post(brand.viewerToken(), "{ __schema { types { name } } }");
        assertNull(answer.get("data.__schema"));
        assertEquals(
                "IntrospectionDisabled",
                answer.getString("errors[0].extensions.classification"),
                answer.prettify());
        assertEquals("FORBIDDEN", answer.getString("errors[0].extensions.code"), answer.prettify());
        given().auth()
                .oauth2(brand.viewerToken())
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(404);
        given().get("/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void inProductionNoBrowserOriginIsAllowedUnlessConfigured() {
        var preflight =
                given().header("Origin", "https://app.test.example")
                        .header("Access-Control-Request-Method", "POST")
                        .options("/graphql");
        assertEquals(403, preflight.statusCode());
        assertNull(preflight.header("Access-Control-Allow-Origin"));
    }
}
