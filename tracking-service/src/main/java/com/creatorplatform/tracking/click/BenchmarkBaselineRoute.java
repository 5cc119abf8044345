package com.creatorplatform.tracking.click;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For bench/redirect.sh only: a bare Vert.x route that answers the same kind of 302 as the
 * redirect and does nothing else, on the same server, so both are measured side by side. It is
 * registered only when tracking.benchmark.baseline=true at run time.
 */
@ApplicationScoped
public class BenchmarkBaselineRoute {

    private final boolean enabled;

    BenchmarkBaselineRoute(@ConfigProperty(name = "tracking.benchmark.baseline", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.get("/bench/baseline/:code").handler(ctx -> ctx.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, "https://shop.northwind.example/winter?utm_source=demo&cp_click=" + ctx.pathParam("code"))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end());
    }
}
