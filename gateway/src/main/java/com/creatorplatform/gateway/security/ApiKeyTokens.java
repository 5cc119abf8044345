package com.creatorplatform.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which clients' tokens the gateway accepts (beyond the audience Quarkus checks): the web and
 * mobile client's ({@code platform-web}), and brand API keys' (ADR 0054): a client {@code
 * brand-key-<id>} whose token carries the same id in {@code api_key_id} (hard-coded claims that
 * only campaign-service, making the client, sets). Any other client's token is a 401.
 */
@ApplicationScoped
public class ApiKeyTokens implements SecurityIdentityAugmentor {

    /** The claim naming the key a token was issued to. */
    public static final String KEY_CLAIM = "api_key_id";

    static final String KEY_CLIENT_PREFIX = "brand-key-";

    private final String webClient;

    ApiKeyTokens(@ConfigProperty(name = "platform.web.client-id") String webClient) {
        this.webClient = webClient;
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String client = token.getClaim("azp");
        Object keyId = token.getClaim(KEY_CLAIM);
        if (accepted(webClient, client, keyId == null ? null : keyId.toString())) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .failure(
                        new AuthenticationFailedException(
                                "tokens of client " + client + " are not accepted here"));
    }

    /** Whether a token of the client, naming the key (or null), is accepted. */
    static boolean accepted(String webClient, String client, String keyId) {
        if (client == null) {
            return false;
        }
        if (keyId == null) {
            return client.equals(webClient);
        }
        return client.equals(KEY_CLIENT_PREFIX + keyId);
    }
}
