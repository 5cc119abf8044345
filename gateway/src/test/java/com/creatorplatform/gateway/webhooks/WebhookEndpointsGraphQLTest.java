package com.creatorplatform.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A brand admin registers webhook endpoints through GraphQL over HTTP: https on public addresses
 * with known events, the secret shown once; everything else refused with a code, nothing stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
public class WebhookEndpointsGraphQLTest {

    private static final String CREATE =
            """
            mutation($url: String!, $events: [String!]!) {
              createWebhookEndpoint(input: {url: $url, events: $events}) {
                signingSecret endpoint { id url events enabled }
              }
            }
            """;
    private static final String LIST = "{ webhookEndpoints { id url events enabled } }";

    private static JsonPath create(String token, String url, List<String> events) {
        return GraphQL.post(token, CREATE, Map.of("url", url, "events", events));
    }

    @Test
    void anAdminRegistersAnEndpointAndSeesItsSecretOnce() {
        var brand = Tenants.newBrand();

        JsonPath created =
                create(
                        brand.adminToken(),
                        "https://93.184.216.34/hooks/creator-platform",
                        List.of("order.attributed", "payout_run.paid", "order.attributed"));

        assertNull(created.get("errors"), created.prettify());
        assertTrue(
                created.getString("data.createWebhookEndpoint.signingSecret").startsWith("whsec_"));
        assertEquals(
                List.of("order.attributed", "payout_run.paid"),
                created.getList("data.createWebhookEndpoint.endpoint.events"));
        JsonPath listed = GraphQL.ok(brand.viewerToken(), LIST);
        assertEquals(
                List.of("https://93.184.216.34/hooks/creator-platform"),
                listed.getList("data.webhookEndpoints.url"));
        assertEquals(List.of(true), listed.getList("data.webhookEndpoints.enabled"));
        assertEquals(
                List.of(),
                GraphQL.ok(Tenants.newBrand().adminToken(), LIST).getList("data.webhookEndpoints"),
                "another brand sees none of them");
    }

    @Test
    void badEndpointsAreRefusedWithACodeAndNothingIsStored() {
        var brand = Tenants.newBrand();
        Map<String, String> refusals =
                Map.of(
                        "http://93.184.216.34/hooks", "url must be https",
                        "https://10.0.0.7/hooks", "endpoints must be on the public internet",
                        "https://169.254.169.254/latest/meta-data",
                                "endpoints must be on the public internet",
                        "https://localhost:8443/hooks", "endpoints must be on the public internet",
                        "https://[::1]/hooks", "endpoints must be on the public internet");
        refusals.forEach(
                (url, reason) -> {
                    JsonPath answer = create(brand.adminToken(), url, List.of("order.attributed"));
                    assertEquals(
                            "INVALID_ARGUMENT",
                            answer.getString("errors[0].extensions.code"),
                            url + ": " + answer.prettify());
                    assertTrue(
                            answer.getString("errors[0].message").contains(reason),
                            url + ": " + answer.prettify());
                });
        JsonPath unknownEvent =
                create(
                        brand.adminToken(),
                        "https://93.184.216.34/hooks",
                        List.of("order.exploded"));
        assertEquals("INVALID_ARGUMENT", unknownEvent.getString("errors[0].extensions.code"));
        assertTrue(
                unknownEvent
                        .getString("errors[0].message")
                        .contains("'order.exploded' is not an event"),
                unknownEvent.prettify());
        JsonPath viewer =
                create(
                        brand.viewerToken(),
                        "https://93.184.216.34/hooks",
                        List.of("order.attributed"));
        assertEquals("FORBIDDEN", viewer.getString("errors[0].extensions.code"), viewer.prettify());

        assertEquals(
                List.of(), GraphQL.ok(brand.adminToken(), LIST).getList("data.webhookEndpoints"));
    }
}
