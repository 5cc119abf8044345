package com.creatorplatform.tracking.clicks;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For bench/redirect.sh only: a bare Vert.x route that answers the same 302 as the redirect gives a
 * new visitor (the same headers, of the same lengths) and does nothing else, on the same server, so
 * both are measured side by side. It is registered only when tracking.benchmark.baseline=true at
 * run time.
 */
@ApplicationScoped
public class BenchmarkBaselineRoute {

    private static final UUID SAMPLE_ID = UUID.fromString("019ae8f5-3c2a-7d41-9b6e-52f0c8a1d7e3");
    private static final String LOCATION =
            "https://shop.northwind.example/winter?utm_source=demo&cp_click=" + SAMPLE_ID;
    private static final String VISITOR_COOKIE = RedirectRoute.visitorCookie(SAMPLE_ID, false);

    private final boolean enabled;

    BenchmarkBaselineRoute(
            @ConfigProperty(name = "tracking.benchmark.baseline", defaultValue = "false")
                    boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.get("/bench/baseline/:code")
                .handler(
                        ctx ->
                                ctx.response()
                                        .setStatusCode(302)
                                        .putHeader(HttpHeaders.SET_COOKIE, VISITOR_COOKIE)
                                        .putHeader(HttpHeaders.LOCATION, LOCATION)
                                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                                        .end());
    }
}
