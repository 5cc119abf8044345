package com.creatorplatform.gateway.http;

import com.creatorplatform.contract.Echo;
import com.creatorplatform.gateway.error.RequestErrors;
import com.creatorplatform.gateway.error.RequestOutcome;
import graphql.GraphQLError;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * requests are limited in rate ({@link RequestRate}). A request may name its document by hash
 * instead ({@link PersistedQueries}), over POST or GET; GET runs queries only (405 otherwise). The
 * schema's SDL is served only where introspection is on.
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

    /**
     * The root fields a request without a token may select: redeeming an invitation link, which is
     * its own proof (graphql/InvitationApi, graphql/BrandTeamApi), and signing a brand up.
     */
    static final Set<String> OPEN_FIELDS =
            Set.of("redeemInvitation", "redeemTeamInvitation", "signUpBrand");

    private static final int KNOWN_DOCUMENT_LENGTH = 20_000;

    private final Map<String, Operations> parsed = new ConcurrentHashMap<>();
    private final PersistedQueries persistedQueries;
    private final boolean introspection;
    private final long bodyLimit;
    private final double requestsPerSecond;
    private final RequestRate rate;

    GraphQLHttp(
            @ConfigProperty(name = "platform.graphql.introspection", defaultValue = "true")
                    boolean introspection,
            @ConfigProperty(name = "platform.graphql.max-body-bytes") long bodyLimit,
            @ConfigProperty(name = "platform.graphql.requests-per-second") double requestsPerSecond,
            @ConfigProperty(name = "platform.graphql.request-burst") double burst,
            @ConfigProperty(name = "platform.graphql.persisted-queries.max-documents")
                    int persistedDocuments,
            @ConfigProperty(name = "platform.graphql.persisted-queries.max-characters")
                    long persistedCharacters) {
        this.introspection = introspection;
        this.persistedQueries = new PersistedQueries(persistedDocuments, persistedCharacters);
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
        boolean anonymous =
                !(context.user() instanceof QuarkusHttpUser user)
                        || user.getSecurityIdentity().isAnonymous();
        Checked request = method == HttpMethod.POST ? checkPost(context) : checkGet(context);
        if (anonymous && !openToAnyone(method, request)) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(
                    context,
                    401,
                    answerType == null ? JSON : answerType,
                    RequestErrors.error(
                            RequestErrors.UNAUTHENTICATED,
                            "a bearer token is required (only signing up and redeeming an invitation link are"
                                    + " open without one)"));
            return;
        }
        if (answerType == null) {
            context.next(); // SmallRye answers 406
            return;
        }
        String rateKey =
                anonymous
                        ? "anonymous " + context.request().remoteAddress().hostAddress()
                        : ((QuarkusHttpUser) context.user())
                                .getSecurityIdentity()
                                .getPrincipal()
                                .getName();
        if (!rate.allow(rateKey)) {
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
        if (request.problem() != null) {
            refuse(
                    context,
                    400,
                    answerType,
                    RequestErrors.error(RequestErrors.BAD_REQUEST, request.problem()));
            return;
        }
        int refusedStatus = GRAPHQL_RESPONSE.equals(answerType) ? 400 : 200;
        String document = request.document();
        if (document == null) { // a persisted query's hash alone
            document = persistedQueries.find(request.persistedHash());
            if (document == null) {
                refuse(
                        context,
                        refusedStatus,
                        answerType,
                        RequestErrors.error(
                                RequestErrors.PERSISTED_QUERY_NOT_FOUND,
                                PersistedQueries.NOT_FOUND_MESSAGE));
                return;
            }
        }
        Parsed read = parse(document);
        if (read.error() != null) {
            refuse(context, refusedStatus, answerType, read.error());
            return;
        }
        if (method == HttpMethod.GET
                && read.operations().mutates(request.members().get("operationName"))) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(
                    context,
                    405,
                    answerType,
                    RequestErrors.error(
                            RequestErrors.BAD_REQUEST,
                            "a GET runs queries only: send a mutation by POST"));
            return;
        }
        String handed = document;
        if (method == HttpMethod.GET
                && request.members().get("operationName") instanceof String name) {
            handed = read.operations().alone(name) ? document : Operations.only(document, name);
            if (handed == null) {
                refuse(
                        context,
                        refusedStatus,
                        answerType,
                        RequestErrors.error(
                                RequestErrors.BAD_REQUEST,
                                "Unknown operation named '" + Echo.of(name) + "'."));
                return;
            }
        }
        if (request.persistedHash() != null && request.document() != null) {
            persistedQueries.store(request.persistedHash(), document);
        }
        handOn(context, method, request.members(), handed, request.document() == null);
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

    /**
     * A request's members and document, read once, or what is wrong with the request. The document
     * is null when the request names a persisted query by its hash alone; the hash is null when it
     * names none.
     */
    record Checked(
            Map<String, Object> members, String document, String persistedHash, String problem) {

        static Checked wrong(String problem) {
            return new Checked(Map.of(), null, null, problem);
        }

        /** The members' document, or what is wrong with the members. */
        static Checked members(Map<String, Object> request) {
            String problem = checkMembers(request);
            if (problem != null) {
                return wrong(problem);
            }
            Object extensions = request.get("extensions");
            return new Checked(
                    request,
                    (String) request.get("query"),
                    PersistedQueries.named(extensions) ? PersistedQueries.hash(extensions) : null,
                    null);
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
                    : new Checked(Map.of(), context.body().asString(), null, null);
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
        Object extensions = request.get("extensions");
        boolean persisted = PersistedQueries.named(extensions);
        if (!(query instanceof String text) || text.isBlank()) {
            if (query == null && !persisted) {
                return "the request has no query";
            }
            if (query != null) {
                return "query must be a string holding a GraphQL document";
            }
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
        return persisted ? PersistedQueries.problem(extensions, (String) query) : null;
    }

    /**
     * Hands the request on to SmallRye with its document: a persisted query's document put where
     * SmallRye reads it (a POST's body, a GET's parameters). Quarkus 3.34 reads a GET's parameters
     * with two mistakes, worked around here: it URL-decodes them a second time, so they are given
     * to it encoded once more (else a {@code +} or {@code %} in a document or variable would
     * change); and it takes the query's text for the operationName, so a GET's document holds the
     * selected operation only ({@link Operations#only}) and its operationName is removed.
     */
    private static void handOn(
            RoutingContext context,
            HttpMethod method,
            Map<String, Object> members,
            String document,
            boolean fromStore) {
        if (method == HttpMethod.POST) {
            if (fromStore) {
                Map<String, Object> withDocument = new HashMap<>(members);
                withDocument.put("query", document);
                context.setBody(new JsonObject(withDocument).toBuffer());
            }
            return;
        }
        var params = context.queryParams();
        params.set("query", document);
        params.remove("operationName");
        for (String member : MEMBERS) {
            String value = params.get(member);
            if (value != null) {
                params.set(member, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** A parsed document's operations, or why it is not GraphQL (exactly one is set). */
    record Parsed(Operations operations, GraphQLError error) {}

    /**
     * Whether a request without a token may go on: a POST whose document is one mutation selecting
     * only {@link #OPEN_FIELDS}. Anything else, malformed bodies included, is a 401 as before.
     */
    private boolean openToAnyone(HttpMethod method, Checked request) {
        if (method != HttpMethod.POST || request.problem() != null || request.document() == null) {
            return false;
        }
        Parsed read = parse(request.document());
        return read.error() == null && read.operations().open();
    }

    /**
     * The kinds of a document's operations by name ("" for an unnamed one), and whether it is open
     * to a visitor without a token.
     */
    record Operations(Map<String, OperationDefinition.Operation> kinds, boolean open) {

        static Operations of(Document document) {
            Map<String, OperationDefinition.Operation> kinds = new HashMap<>();
            var operations = document.getDefinitionsOfType(OperationDefinition.class);
            for (var operation : operations) {
                kinds.put(
                        operation.getName() == null ? "" : operation.getName(),
                        operation.getOperation());
            }
            boolean open =
                    operations.size() == 1
                            && operations.get(0).getOperation()
                                    == OperationDefinition.Operation.MUTATION
                            && operations.get(0).getSelectionSet().getSelections().stream()
                                    .allMatch(
                                            selection ->
                                                    selection instanceof Field field
                                                            && OPEN_FIELDS.contains(
                                                                    field.getName()));
            return new Operations(Map.copyOf(kinds), open);
        }

        /** Whether the document's one operation is the named one. */
        boolean alone(String name) {
            return kinds.size() == 1 && kinds.containsKey(name);
        }

        /**
         * The document with the named operation as its only one (and every fragment), or null when
         * it has no operation of that name.
         */
        static String only(String document, String name) {
            Document parsed = Parser.parse(document);
            List<Definition> kept =
                    parsed.getDefinitions().stream()
                            .filter(
                                    definition ->
                                            !(definition instanceof OperationDefinition operation)
                                                    || name.equals(operation.getName()))
                            .toList();
            boolean found =
                    kept.stream().anyMatch(definition -> definition instanceof OperationDefinition);
            return found
                    ? AstPrinter.printAst(parsed.transform(builder -> builder.definitions(kept)))
                    : null;
        }

        /**
         * Whether the operation the request selects is a mutation (of several operations, one
         * without a name selects none, which graphql-java refuses).
         */
        boolean mutates(Object operationName) {
            OperationDefinition.Operation kind =
                    operationName instanceof String name
                            ? kinds.get(name)
                            : kinds.size() == 1 ? kinds.values().iterator().next() : null;
            return kind == OperationDefinition.Operation.MUTATION;
        }
    }

    /** Parses the document under the operation parser's limits. */
    private Parsed parse(String document) {
        Operations known = parsed.get(document);
        if (known != null) {
            return new Parsed(known, null);
        }
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions();
        Operations operations;
        try {
            operations =
                    Operations.of(
                            Parser.parse(
                                    ParserEnvironment.newParserEnvironment()
                                            .document(document)
                                            .parserOptions(options)
                                            .build()));
        } catch (ParseCancelledException tooLarge) {
            return new Parsed(
                    null,
                    RequestErrors.error(
                            RequestErrors.LIMIT_EXCEEDED,
                            tooLarge.getMessage(),
                            Map.of("limit", "tokens", "maximum", options.getMaxTokens()),
                            List.of()));
        } catch (InvalidSyntaxException notGraphQL) {
            var syntax = notGraphQL.toInvalidSyntaxError();
            return new Parsed(
                    null,
                    RequestErrors.error(
                            RequestErrors.PARSE_FAILED,
                            syntax.getMessage(),
                            Map.of(),
                            syntax.getLocations()));
        }
        if (document.length() <= KNOWN_DOCUMENT_LENGTH) {
            if (parsed.size() >= KNOWN_DOCUMENTS) {
                parsed.clear();
            }
            parsed.put(document, operations);
        }
        return new Parsed(operations, null);
    }

    static void refuse(RoutingContext context, int status, String answerType, GraphQLError error) {
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
