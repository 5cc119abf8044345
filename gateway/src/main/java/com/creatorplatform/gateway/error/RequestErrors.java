package com.creatorplatform.gateway.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors about the request itself (its document, variables or size), found before anything runs.
 * Each carries {@code extensions.code}, like every error of the API; the codes are listed in the
 * README.
 */
public final class RequestErrors {

    /** The request is not a GraphQL request (not JSON, wrong member types, no document). */
    public static final String BAD_REQUEST = "BAD_REQUEST";

    /** The document is not GraphQL. */
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

    /** The document does not fit the schema. */
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

    /** A variable's value is not of its type. */
    public static final String INVALID_ARGUMENT = "INVALID_ARGUMENT";

    /**
     * The request is larger or costlier than a limit allows; extensions name the limit and the
     * value.
     */
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

    /**
     * A request names a persisted query by its hash alone and this gateway does not know it: the
     * client sends the query with its hash (Apollo's automatic persisted queries).
     */
    public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

    /** A request without a bearer token for anything but redeeming an invitation link (401). */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    private RequestErrors() {}

    public static GraphQLError error(String code, String message) {
        return error(code, message, Map.of(), List.of());
    }

    /**
     * An error with its code, the details that say more (a limit's name, maximum and value) and
     * where in the document.
     */
    public static GraphQLError error(
            String code,
            String message,
            Map<String, Object> details,
            List<SourceLocation> locations) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(locations)
                .errorType(classification(code))
                .extensions(extensions)
                .build();
    }

    /**
     * graphql-java's own error with a code, keeping its classification and where it is in the
     * document.
     */
    static GraphQLError error(
            String code,
            String message,
            ErrorClassification classification,
            List<SourceLocation> locations) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(locations)
                .errorType(classification)
                .extensions(Map.of("code", code))
                .build();
    }

    /** A limit error naming the limit, its maximum and the request's value. */
    public static GraphQLError limitExceeded(
            String limit, long maximum, long value, String message) {
        return error(
                LIMIT_EXCEEDED,
                message,
                Map.of("limit", limit, "maximum", maximum, "value", value),
                List.of());
    }

    private static ErrorClassification classification(String code) {
        return switch (code) {
            case PARSE_FAILED -> graphql.ErrorType.InvalidSyntax;
            case LIMIT_EXCEEDED -> graphql.ErrorType.ExecutionAborted;
            default -> graphql.ErrorType.ValidationError;
        };
    }
}
