package com.creatorplatform.gateway.http;

import com.creatorplatform.gateway.audit.KeyUseNotes;
import com.creatorplatform.gateway.client.ApiKeyClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.error.RequestErrors;
import com.creatorplatform.gateway.security.ApiKeyTokens;
import com.creatorplatform.proto.campaign.v1.ApiKey;
import com.creatorplatform.proto.campaign.v1.RecordApiKeyUseRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Requests made with a brand API key's token (ADR 0054), before anything else of {@code /graphql}
 * reads them: the key must still be active (revoking deletes its Keycloak client, but a token
 * issued before lasts until it expires, at most 5 minutes), else the request is refused with 401
 * and a coded UNAUTHENTICATED error; every request, refused or answered, is recorded in the brand's
 * audit log once its answer is sent (key, operation, root fields, outcome, time).
 */
@ApplicationScoped
class ApiKeyRequests {

    private static final Logger LOG = Logger.getLogger(ApiKeyRequests.class);

    /** After Quarkus's authentication, before {@link GraphQLHttp} reads the body. */
    static final int ORDER = GraphQLHttp.ORDER - 10;

    private final ApiKeyClient keys;

    ApiKeyRequests(ApiKeyClient keys) {
        this.keys = keys;
    }

    void routes(@Observes Router router) {
        router.route("/graphql").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if ((method != HttpMethod.POST && method != HttpMethod.GET)
                || context.request().headers().contains(HttpHeaders.UPGRADE)
                || !(context.user() instanceof QuarkusHttpUser user)
                || !(user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token)
                || token.getClaim(ApiKeyTokens.KEY_CLAIM) == null) {
            context.next();
            return;
        }
        String keyId = token.getClaim(ApiKeyTokens.KEY_CLAIM).toString();
        String brandId = String.valueOf((Object) token.getClaim("brand_id"));
        Context loop = Vertx.currentContext();
        // The body arrives while the key is read: kept until GraphQLHttp's body handler reads it.
        context.request().pause();
        keys.key(token.getRawToken(), brandId, keyId)
                .subscribe()
                .with(
                        key -> loop.runOnContext(ignored -> admit(context, brandId, key)),
                        failure ->
                                loop.runOnContext(
                                        ignored -> refuse(context, brandId, keyId, failure)));
    }

    private void admit(RoutingContext context, String brandId, ApiKey key) {
        if (key.hasRevokedAt()) {
            refuse(
                    context,
                    brandId,
                    key.getId(),
                    new ApiGraphQLError.Unauthenticated(
                            "the API key " + key.getName() + " was revoked"));
            return;
        }
        KeyUseNotes.keyed(context);
        // On the body's end, not addEndHandler's: SmallRye GraphQL's handler sets the response's
        // end and close handlers itself, replacing those through which Vert.x Web calls them.
        context.addBodyEndHandler(ignored -> record(brandId, key.getId(), KeyUseNotes.of(context)));
        context.next();
    }

    private void refuse(RoutingContext context, String brandId, String keyId, Throwable why) {
        boolean unauthenticated =
                why instanceof ApiGraphQLError.Unauthenticated
                        || why instanceof ApiGraphQLError.NotFound;
        String code = unauthenticated ? RequestErrors.UNAUTHENTICATED : "UNAVAILABLE";
        String message =
                why instanceof ApiGraphQLError.NotFound
                        ? "the API key does not exist (revoked and gone)"
                        : why.getMessage();
        if (unauthenticated) {
            record(brandId, keyId, new KeyUseNotes.Use("", List.of(), code));
            context.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        GraphQLHttp.refuse(
                context,
                unauthenticated ? 401 : 503,
                GraphQLHttp.JSON,
                RequestErrors.error(code, message));
    }

    private void record(String brandId, String keyId, KeyUseNotes.Use use) {
        keys.record(
                        RecordApiKeyUseRequest.newBuilder()
                                .setBrandId(brandId)
                                .setKeyId(keyId)
                                .setOperation(use.operation())
                                .addAllRootFields(use.rootFields())
                                .setOutcome(use.outcome())
                                .build())
                .subscribe()
                .with(
                        recorded -> {},
                        failure ->
                                LOG.warnf(
                                        failure,
                                        "could not record a use of API key %s (%s)",
                                        keyId,
                                        use.outcome()));
    }
}
