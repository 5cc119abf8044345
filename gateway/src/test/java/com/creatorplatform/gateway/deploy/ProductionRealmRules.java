package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What makes the production realm (k8s/overlays/prod/keycloak/realm-import.yaml) production: the
 * dev realm (infra/keycloak) minus its demo parts, with the login rules tightened. Asserted by
 * {@link ProdOverlayTest}.
 */
final class ProductionRealmRules {

    /** The public clients of production: the web app and the mobile app, both PKCE. */
    static final Set<String> PUBLIC_CLIENTS = Set.of("platform-web", "platform-mobile");

    private ProductionRealmRules() {}

    static void check(JsonNode dev, JsonNode prod, JsonNode placeholders) {
        assertEquals(dev.path("realm").asText(), prod.path("realm").asText(), "realm name");
        assertEquals("external", prod.path("sslRequired").asText(), "sslRequired");
        assertTrue(prod.path("bruteForceProtected").asBoolean(), "brute-force protection");
        assertFalse(prod.path("registrationAllowed").asBoolean(true), "no self-registration");
        assertEquals(dev.path("roles"), prod.path("roles"), "the same realm roles as dev");

        Map<String, JsonNode> devClients = byClientId(dev);
        Map<String, JsonNode> prodClients = byClientId(prod);
        for (JsonNode client : prodClients.values()) {
            String id = client.path("clientId").asText();
            assertFalse(
                    client.path("directAccessGrantsEnabled").asBoolean(true),
                    id + ": no password grant (directAccessGrantsEnabled must be false)");
            assertFalse(
                    client.path("implicitFlowEnabled").asBoolean(true), id + ": no implicit flow");
            if (client.path("publicClient").asBoolean()) {
                assertPkceClient(id, client);
            } else {
                assertSecretFromPlaceholder(id, client, placeholders);
            }
        }
        Set<String> publicClients = new TreeSet<>();
        prodClients.values().stream()
                .filter(c -> c.path("publicClient").asBoolean())
                .forEach(c -> publicClients.add(c.path("clientId").asText()));
        assertEquals(new TreeSet<>(PUBLIC_CLIENTS), publicClients, "public clients");
        for (String id : PUBLIC_CLIENTS) {
            assertEquals(
                    devClients.get("platform-web").path("protocolMappers"),
                    prodClients.get(id).path("protocolMappers"),
                    id + ": the same token claims as the dev web client");
        }

        // The platform's own service accounts (not bound to a demo brand) exist, with their roles.
        Map<String, JsonNode> devAccounts = serviceAccountUsers(dev);
        Map<String, JsonNode> prodAccounts = serviceAccountUsers(prod);
        Set<String> platformAccounts = new TreeSet<>();
        for (JsonNode client : devClients.values()) {
            String id = client.path("clientId").asText();
            if (client.path("serviceAccountsEnabled").asBoolean() && !boundToABrand(client)) {
                platformAccounts.add(id);
                JsonNode prodClient = prodClients.get(id);
                assertTrue(prodClient != null, "service account client " + id + " in production");
                assertTrue(prodClient.path("serviceAccountsEnabled").asBoolean(), id);
                assertEquals(
                        client.path("protocolMappers"), prodClient.path("protocolMappers"), id);
                assertEquals(devAccounts.get(id), prodAccounts.get(id), id + "'s service account");
            }
        }
        assertEquals(
                platformAccounts,
                new TreeSet<>(prodAccounts.keySet()),
                "service accounts of production: the platform's, none bound to a demo brand");
        for (JsonNode user : prod.path("users")) {
            assertTrue(
                    user.hasNonNull("serviceAccountClientId"),
                    "no demo users: " + user.path("username").asText());
            assertTrue(user.path("credentials").isEmpty(), "no passwords in the realm");
        }
    }

    private static void assertPkceClient(String id, JsonNode client) {
        assertEquals(
                "S256",
                client.at("/attributes/pkce.code.challenge.method").asText(),
                id + ": PKCE S256");
        assertTrue(client.path("standardFlowEnabled").asBoolean(), id + ": authorization code");
        assertFalse(client.path("redirectUris").isEmpty(), id + ": redirect URIs");
        for (JsonNode uri : client.path("redirectUris")) {
            String value = uri.asText();
            boolean https = value.startsWith("https://") && !value.startsWith("https://*");
            boolean appScheme = value.matches("[a-z][a-z0-9.]*\\.[a-z0-9]+:/[^/].*");
            assertTrue(
                    https || appScheme,
                    id + ": redirect URI " + value + " must be https or a private app scheme");
        }
        for (JsonNode origin : client.path("webOrigins")) {
            assertTrue(
                    origin.asText().startsWith("https://"),
                    id + ": web origin " + origin.asText() + " must be an explicit https origin");
        }
    }

    private static void assertSecretFromPlaceholder(
            String id, JsonNode client, JsonNode placeholders) {
        String secret = client.path("secret").asText();
        assertTrue(
                secret.matches("\\$\\{[A-Z_]+}"),
                id + ": the client secret is a placeholder filled from a Secret, not a literal");
        String placeholder = secret.substring(2, secret.length() - 1);
        assertTrue(
                placeholders.at("/" + placeholder + "/secret/name").isTextual(),
                id + ": placeholder " + placeholder + " comes from a Secret");
    }

    /** A client with a hard-coded brand_id claim acts for one (demo) brand. */
    private static boolean boundToABrand(JsonNode client) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if ("oidc-hardcoded-claim-mapper".equals(mapper.path("protocolMapper").asText())
                    && "brand_id".equals(mapper.at("/config/claim.name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, JsonNode> byClientId(JsonNode realm) {
        Map<String, JsonNode> clients = new LinkedHashMap<>();
        realm.path("clients").forEach(c -> clients.put(c.path("clientId").asText(), c));
        return clients;
    }

    private static Map<String, JsonNode> serviceAccountUsers(JsonNode realm) {
        Map<String, JsonNode> users = new TreeMap<>();
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                users.put(user.path("serviceAccountClientId").asText(), user);
            }
        }
        return users;
    }
}
