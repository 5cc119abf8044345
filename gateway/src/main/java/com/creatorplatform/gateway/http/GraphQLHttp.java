package com.creatorplatform.gateway.http;

import com.creatorplatform.contract.Echo;
import com.creatorplatform.gateway.error.RequestErrors;
import com.creatorplatform.gateway.error.RequestOutcome;
import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP side of {@code /graphql}, checked before SmallRye reads the request, as the GraphQL over
 * HTTP specification asks: a body that is not a JSON object of the request's members (or a document
 * that is not GraphQL) gets a 4xx with a coded error instead of a 500 or an error without a code;
 * clients that accept {@code application/graphql-response+json} get a 400 for any request refused
 * before it ran; {@code Accept: *}{@code /*} or none gets {@code application/json}. Each user's
 * requests are limited in rate ({@link RequestRate}). The schema's SDL is served only where
 * introspection is on.
 */
@ApplicationScoped
class GraphQLHttp {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";
    private static final Set<String> MEMBERS =
            Set.of("query", "operationName", "variables", "extensions");

    /**
     * Documents known to parse, so that a client's usual requests are parsed here once. Cleared
     * when full.
     */
    private static final int KNOWN_DOCUMENTS = 1000;

    private static final int KNOWN_DOCUMENT_LENGTH = 20_000;

    private final Set<String> parsed = ConcurrentHashMap.newKeySet();
    private final boolean introspection;
    private final long bodyLimit;
    private final double requestsPerSecond;
    private final RequestRate rate;

    GraphQLHttp(
            @ConfigProperty(name = "platform.graphql.introspection", defaultValue = "true")
                    boolean introspection,
            @ConfigProperty(name = "platform.graphql.max-body-bytes") long bodyLimit,
            @ConfigProperty(name = "platform.graphql.requests-per-second") double requestsPerSecond,
            @ConfigProperty(name = "platform.graphql.request-burst") double burst) {
        this.introspection = introspection;
        this.bodyLimit = bodyLimit;
        this.requestsPerSecond = requestsPerSecond;
        this.rate = new RequestRate(requestsPerSecond, burst, 100_000, System::nanoTime);
    }

    /**
     * After Quarkus's authentication and authorization (filters, at the negative of their
     * priority), before SmallRye's routes (in the order they were made, from 0).
     */
    static final int ORDER = -50;

    void routes(@Observes Router router) {
        router.route("/graphql")
                .order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(bodyLimit))
                .handler(this::check)
                .failureHandler(this::tooLarge);
        router.get("/graphql/schema.graphql").order(ORDER).handler(this::schema);
    }

    /** The body handler's refusal of a body over the limit, with a coded error like every other. */
    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413) {
            context.next();
            return;
        }
        String answerType = answerType(context.parsedHeaders().accept());
        refuse(
                context,
                413,
                answerType == null ? JSON : answerType,
                RequestErrors.error(
                        RequestErrors.LIMIT_EXCEEDED,
                        "The request body is over " + bodyLimit + " bytes",
                        Map.of("limit", "bodyBytes", "maximum", bodyLimit),
                        List.of()));
    }

    private void schema(RoutingContext context) {
        if (introspection) {
            context.next();
        } else {
            context.response().setStatusCode(404).end();
        }
    }

    private void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method != HttpMethod.POST && method != HttpMethod.GET) {
            context.next();
            return;
        }
        String answerType = answerType(context.parsedHeaders().accept());
        if (answerType == null) {
            context.next(); // SmallRye answers 406
            return;
        }
        if (context.user() instanceof QuarkusHttpUser user
                && !rate.allow(user.getSecurityIdentity().getPrincipal().getName())) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(
                    context,
                    429,
                    answerType,
                    RequestErrors.error(
                            RequestErrors.LIMIT_EXCEEDED,
                            "Too many requests: at most "
                                    + requestsPerSecond
                                    + " per second per user, after a burst",
                            Map.of("limit", "requestsPerSecond", "maximum", requestsPerSecond),
                            List.of()));
            return;
        }
        Checked request = method == HttpMethod.POST ? checkPost(context) : checkGet(context);
        if (request.problem() != null) {
            refuse(
                    context,
                    400,
                    answerType,
                    RequestErrors.error(RequestErrors.BAD_REQUEST, request.problem()));
            return;
        }
        GraphQLError unparsable = parse(request.document());
        if (unparsable != null) {
            refuse(
                    context,
                    GRAPHQL_RESPONSE.equals(answerType) ? 400 : 200,
                    answerType,
                    unparsable);
            return;
        }
        context.addHeadersEndHandler(
                ignored -> {
                    var response = context.response();
                    response.putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=utf-8");
                    if (GRAPHQL_RESPONSE.equals(answerType)
                            && response.getStatusCode() == 200
                            && RequestOutcome.failedBeforeExecution(context)) {
                        response.setStatusCode(400).setStatusMessage("Bad Request");
                    }
                });
        context.next();
    }

    /**
     * The media type of the answer: graphql-response+json when the client prefers it, else JSON
     * (also for {@code *}{@code /*} or no Accept, as the specification asks); null when it accepts
     * neither.
     */
    static String answerType(List<MIMEHeader> accepted) {
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader type : accepted) { // in the client's order of preference
            String value = type.value();
            if (value.equals(GRAPHQL_RESPONSE)) {
                return GRAPHQL_RESPONSE;
            }
            if (value.equals(JSON) || value.equals("*/*") || value.equals("application/*")) {
                return JSON;
            }
        }
        return null;
    }

    /** A request's document, read once, or what is wrong with the request (exactly one is set). */
    record Checked(String document, String problem) {

        static Checked wrong(String problem) {
            return new Checked(null, problem);
        }

        /** The members' document, or what is wrong with the members. */
        static Checked members(Map<String, Object> request) {
            String problem = checkMembers(request);
            return problem != null
                    ? wrong(problem)
                    : new Checked((String) request.get("query"), null);
        }
    }

    /** A POST's document, or what is wrong with its body. */
    private static Checked checkPost(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return Checked.wrong("a POST needs a Content-Type: application/json");
        }
        if (contentType.startsWith("application/graphql")) {
            return context.body().length() == 0
                    ? Checked.wrong("the body has no GraphQL document")
                    : new Checked(context.body().asString(), null);
        }
        if (!contentType.startsWith(JSON)) {
            return Checked.wrong(
                    "the Content-Type must be application/json, not " + Echo.of(contentType));
        }
        Object body;
        try {
            Buffer buffer = context.body().buffer();
            body = buffer == null ? null : Json.decodeValue(buffer);
        } catch (DecodeException notJson) {
            return Checked.wrong("the body is not JSON");
        }
        if (!(body instanceof JsonObject request)) {
            return Checked.wrong(
                    body instanceof JsonArray
                            ? "one request carries one operation: the body must be a JSON object, not an array"
                            : "the body must be a JSON object with the member query");
        }
        return Checked.members(request.getMap());
    }

    /** A GET's document, or what is wrong with its parameters. */
    private static Checked checkGet(RoutingContext context) {
        var params = context.queryParams();
        var request = new JsonObject();
        for (String member : MEMBERS) {
            String value = params.get(member);
            if (value == null) {
                continue;
            }
            if (member.equals("variables") || member.equals("extensions")) {
                try {
                    request.put(member, Json.decodeValue(value));
                } catch (DecodeException notJson) {
                    return Checked.wrong("the parameter " + member + " is not JSON");
                }
            } else {
                request.put(member, value);
            }
        }
        return Checked.members(request.getMap());
    }

    /**
     * What is wrong with the request's members (GraphQL over HTTP: query, operationName, variables,
     * extensions), or null.
     */
    static String checkMembers(Map<String, Object> request) {
        Object query = request.get("query");
        if (!(query instanceof String text) || text.isBlank()) {
            return query == null
                    ? "the request has no query"
                    : "query must be a string holding a GraphQL document";
        }
        Object operationName = request.get("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "operationName must be a string or null";
        }
        for (String member : List.of("variables", "extensions")) {
            Object value = request.get(member);
            if (value != null && !(value instanceof JsonObject) && !(value instanceof Map)) {
                return member + " must be a JSON object or null";
            }
        }
        return null;
    }

    /**
     * Parses the document under the operation parser's limits: the error if it is not GraphQL, else
     * null.
     */
    private GraphQLError parse(String document) {
        if (parsed.contains(document)) {
            return null;
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions();
        try {
            Parser.parse(
                    ParserEnvironment.newParserEnvironment()
                            .document(document)
                            .parserOptions(options)
                            .build());
        } catch (ParseCancelledException tooLarge) {
            return RequestErrors.error(
                    RequestErrors.LIMIT_EXCEEDED,
                    tooLarge.getMessage(),
                    Map.of("limit", "tokens", "maximum", options.getMaxTokens()),
                    List.of());
        } catch (InvalidSyntaxException notGraphQL) {
            var syntax = notGraphQL.toInvalidSyntaxError();
            return RequestErrors.error(
                    RequestErrors.PARSE_FAILED,
                    syntax.getMessage(),
                    Map.of(),
                    syntax.getLocations());
        }
        if (document.length() <= KNOWN_DOCUMENT_LENGTH) {
            if (parsed.size() >= KNOWN_DOCUMENTS) {
                parsed.clear();
            }
            parsed.add(document);
        }
        return null;
    }

    private static void refuse(
            RoutingContext context, int status, String answerType, GraphQLError error) {
        String body =
                new JsonObject()
                        .put("errors", new JsonArray().add(error.toSpecification()))
                        .encode();
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=utf-8")
                .end(body);
    }
}
