package com.creatorplatform.gateway.error;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** What became of the HTTP request being answered, for the status the HTTP layer gives it. */
public final class RequestOutcome {

    private static final String FAILED_BEFORE_EXECUTION =
            RequestOutcome.class.getName() + ".failedBeforeExecution";

    private RequestOutcome() {}

    /** Notes that the current request was refused before it ran (its document or variables). */
    static void failedBeforeExecution() {
        if (!Arc.container().requestContext().isActive()) {
            return; // not an HTTP request (a WebSocket message): no status to give
        }
        RoutingContext request =
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request != null) {
            request.put(FAILED_BEFORE_EXECUTION, Boolean.TRUE);
        }
    }

    /** Whether the request was refused before it ran. */
    public static boolean failedBeforeExecution(RoutingContext request) {
        return Boolean.TRUE.equals(request.get(FAILED_BEFORE_EXECUTION));
    }
}
