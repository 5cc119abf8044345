package com.creatorplatform.campaign.identity;

import com.creatorplatform.campaign.domain.ApiKey;
import com.creatorplatform.campaign.domain.ApiKeyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Brand API keys' Keycloak clients (ADR 0054): confidential, service account only, the platform's
 * audience, hard-coded claims {@code brand_id} and {@code api_key_id}, the scopes' realm roles on
 * the service account, and a short access-token lifespan (which bounds how long a revoked key's
 * last token lasts). Needs the provisioner's manage-clients. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class KeyClients {

    private static final Logger LOG = Logger.getLogger(KeyClients.class);
    static final String AUDIENCE = "creator-platform";

    private final Keycloak keycloak;
    private final String realm;
    private final long tokenLifespanSeconds;

    KeyClients(
            Keycloak keycloak,
            @ConfigProperty(name = "keycloak.realm") String realm,
            @ConfigProperty(name = "campaign.api-keys.token-lifespan-seconds", defaultValue = "300")
                    long tokenLifespanSeconds) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.tokenLifespanSeconds = tokenLifespanSeconds;
    }

    /** Makes the key's client with the secret given; nothing is left behind when it fails. */
    public void create(ApiKey key, Set<ApiKeyScope> scopes, String secret) {
        RealmResource realm = keycloak.realm(this.realm);
        String internalId;
        try (Response response = realm.clients().create(client(key, secret))) {
            internalId = CreatedResponseUtil.getCreatedId(response);
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "the identity provider could not make API key %s's client", key.id);
            throw KeycloakUsers.unavailable("make the key");
        }
        try {
            String serviceAccount = realm.clients().get(internalId).getServiceAccountUser().getId();
            realm.users()
                    .get(serviceAccount)
                    .roles()
                    .realmLevel()
                    .add(
                            scopes.stream()
                                    .map(s -> realm.roles().get(s.realmRole).toRepresentation())
                                    .toList());
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "the identity provider could not give API key %s its roles", key.id);
            deleteQuietly(realm, internalId);
            throw KeycloakUsers.unavailable("make the key");
        }
        LOG.infof("made Keycloak client %s for brand %s's API key", key.clientId, key.brandId);
    }

    /** Deletes the key's client, so that no new token can be had; gone already is fine. */
    public void delete(ApiKey key) {
        RealmResource realm = keycloak.realm(this.realm);
        try {
            List<ClientRepresentation> found = realm.clients().findByClientId(key.clientId);
            for (ClientRepresentation client : found) {
                realm.clients().get(client.getId()).remove();
            }
            LOG.infof("deleted Keycloak client %s of brand %s", key.clientId, key.brandId);
        } catch (NotFoundException gone) {
            LOG.infof("Keycloak client %s was gone already", key.clientId);
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "the identity provider could not delete client %s", key.clientId);
            throw KeycloakUsers.unavailable("revoke the key");
        }
    }

    private static void deleteQuietly(RealmResource realm, String internalId) {
        try {
            realm.clients().get(internalId).remove();
        } catch (RuntimeException e) {
            LOG.errorf(e, "left Keycloak client %s behind after a failure", internalId);
        }
    }

    private ClientRepresentation client(ApiKey key, String secret) {
        var client = new ClientRepresentation();
        client.setClientId(key.clientId);
        client.setName("API key: " + key.name);
        client.setDescription("API key " + key.id + " of brand " + key.brandId);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setSecret(secret);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setAttributes(Map.of("access.token.lifespan", Long.toString(tokenLifespanSeconds)));
        client.setProtocolMappers(
                List.of(
                        mapper(
                                "audience " + AUDIENCE,
                                "oidc-audience-mapper",
                                Map.of("included.custom.audience", AUDIENCE)),
                        claim("brand_id", key.brandId.toString()),
                        claim("api_key_id", key.id.toString())));
        return client;
    }

    private static ProtocolMapperRepresentation claim(String name, String value) {
        return mapper(
                name,
                "oidc-hardcoded-claim-mapper",
                Map.of("claim.name", name, "claim.value", value, "jsonType.label", "String"));
    }

    private static ProtocolMapperRepresentation mapper(
            String name, String type, Map<String, String> config) {
        var mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        var all = new HashMap<>(config);
        all.put("access.token.claim", "true");
        all.put("id.token.claim", "false");
        all.put("introspection.token.claim", "true");
        mapper.setConfig(all);
        return mapper;
    }
}
