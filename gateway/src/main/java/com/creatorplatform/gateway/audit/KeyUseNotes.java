package com.creatorplatform.gateway.audit;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * What a request made with a brand API key did, noted on its HTTP request while GraphQL runs it
 * ({@link KeyUseInstrumentation}) and read when its answer has been sent, for the audit log (ADR
 * 0054). Only requests marked {@link #keyed} are noted.
 */
public final class KeyUseNotes {

    private static final String KEYED = KeyUseNotes.class.getName() + ".keyed";
    private static final String OPERATION = KeyUseNotes.class.getName() + ".operation";
    private static final String ROOT_FIELDS = KeyUseNotes.class.getName() + ".rootFields";
    private static final String OUTCOME = KeyUseNotes.class.getName() + ".outcome";

    /** The outcome of a request answered without an error. */
    public static final String OK = "OK";

    private KeyUseNotes() {}

    /** One use: the operation's name ("" unnamed), its root fields and its outcome. */
    public record Use(String operation, List<String> rootFields, String outcome) {}

    /** Marks the request as made with a key, so that what GraphQL does with it is noted. */
    public static void keyed(RoutingContext request) {
        request.put(KEYED, Boolean.TRUE);
    }

    /** The use noted on the request; the outcome by its HTTP status when GraphQL never ran it. */
    public static Use of(RoutingContext request) {
        String operation = request.get(OPERATION);
        List<String> rootFields = request.get(ROOT_FIELDS);
        String outcome = request.get(OUTCOME);
        if (outcome == null) {
            int status = request.response().getStatusCode();
            outcome = status < 400 ? OK : "HTTP_" + status;
        }
        return new Use(
                operation == null ? "" : operation,
                rootFields == null ? List.of() : rootFields,
                outcome);
    }

    static void operation(String name, List<String> rootFields) {
        RoutingContext request = keyedRequest();
        if (request != null) {
            request.put(OPERATION, name == null ? "" : name);
            request.put(ROOT_FIELDS, List.copyOf(rootFields));
        }
    }

    static void outcome(String code) {
        RoutingContext request = keyedRequest();
        if (request != null) {
            request.put(OUTCOME, code);
        }
    }

    private static RoutingContext keyedRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null; // not an HTTP request (a WebSocket message)
        }
        RoutingContext request =
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return request != null && Boolean.TRUE.equals(request.get(KEYED)) ? request : null;
    }
}
