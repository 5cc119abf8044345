package com.creatorplatform.gateway.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the web app at {@code /} (src/main/resources/web, bundled by the Web Bundler) needs from the
 * server besides the public GraphQL API: where to sign in ({@code GET /web-config.json}: the
 * Keycloak issuer and the public client, read at run time so one build serves every environment),
 * and the headers its pages are served with: a Content Security Policy allowing only the app's own
 * scripts and styles, connections to the gateway and to Keycloak; and {@code no-cache}, so a
 * deploy's new bundle names reach browsers at once (docs/adr/0059-web-app-sign-in-and-csp.md).
 */
@ApplicationScoped
class WebApp {

    static final String CONFIG_PATH = "/web-config.json";

    private final String config;
    private final String contentSecurityPolicy;

    WebApp(
            @ConfigProperty(name = "platform.web.issuer") String issuer,
            @ConfigProperty(name = "platform.web.client-id") String clientId) {
        this.config = new JsonObject().put("issuer", issuer).put("clientId", clientId).encode();
        this.contentSecurityPolicy = contentSecurityPolicy(origin(issuer));
    }

    /** The policy of the app's pages; {@code keycloak} is the sign-in server's origin. */
    static String contentSecurityPolicy(String keycloak) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' "
                + keycloak
                + "; frame-src "
                + keycloak
                + "; form-action 'self' "
                + keycloak
                + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void routes(@Observes Router router) {
        router.get(CONFIG_PATH).handler(this::config);
        // Before the static files' handler: pages get their headers whoever serves them.
        router.get().order(Integer.MIN_VALUE + 10).handler(this::pageHeaders);
    }

    private void config(RoutingContext context) {
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, GraphQLHttp.JSON + "; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(config);
    }

    private void pageHeaders(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/q/")) {
            context.addHeadersEndHandler(
                    ignored -> {
                        var headers = context.response().headers();
                        String type = headers.get(HttpHeaders.CONTENT_TYPE);
                        if (type != null && type.startsWith("text/html")) {
                            headers.set("Content-Security-Policy", contentSecurityPolicy);
                            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
                            headers.set("X-Content-Type-Options", "nosniff");
                            headers.set("Referrer-Policy", "no-referrer");
                        }
                    });
        }
        context.next();
    }
}
