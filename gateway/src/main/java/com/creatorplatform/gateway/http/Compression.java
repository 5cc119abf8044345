package com.creatorplatform.gateway.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compresses GraphQL answers (and the schema's SDL) of at least a threshold's bytes for clients
 * that accept it, with what the server offers ({@code quarkus.http.compressors}: gzip, deflate).
 * Quarkus marks every answer {@code Content-Encoding: identity} (not to be compressed) unless a
 * route lifts the mark; this lifts it when the answer is large enough, or streamed (no length).
 */
@ApplicationScoped
class Compression {

    private final long threshold;

    Compression(
            @ConfigProperty(name = "platform.http.compression-threshold-bytes") long threshold) {
        this.threshold = threshold;
    }

    void routes(@Observes Router router) {
        router.route("/graphql").order(GraphQLHttp.ORDER - 1).handler(this::whenLarge);
        router.get("/graphql/schema.graphql").order(GraphQLHttp.ORDER - 1).handler(this::whenLarge);
    }

    private void whenLarge(RoutingContext context) {
        context.addHeadersEndHandler(
                ignored -> {
                    var headers = context.response().headers();
                    String length = headers.get(HttpHeaders.CONTENT_LENGTH);
                    if (HttpHeaders.IDENTITY
                                    .toString()
                                    .equals(headers.get(HttpHeaders.CONTENT_ENCODING))
                            && (length == null || Long.parseLong(length) >= threshold)) {
                        headers.remove(HttpHeaders.CONTENT_ENCODING);
                    }
                });
        context.next();
    }
}
