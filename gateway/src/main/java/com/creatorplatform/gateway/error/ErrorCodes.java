package com.creatorplatform.gateway.error;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.ResultPath;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.IntrospectionDisabledError;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.error.GraphQLExceptionWhileDataFetching;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Gives graphql-java's own errors (syntax, validation, variables) an {@code extensions.code}, as
 * every error of the API has, and tells the HTTP layer when a request failed before it ran (no
 * data), which is a 400 for clients that accept {@code application/graphql-response+json}. Errors
 * of our resolvers keep the code of their exception ({@link ApiGraphQLError}); any other exception
 * of a resolver is reported as INTERNAL, without its message or class, and logged with its stack
 * trace (SmallRye's own logging of every resolver's exception, the client's mistakes included, is
 * off).
 */
public class ErrorCodes implements EventingService {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return joined(builder, new Coding());
    }

    /**
     * The builder with one more member of SmallRye's instrumentation chain, acting at the operation
     * (see OperationInstrumentation).
     */
    public static GraphQL.Builder joined(GraphQL.Builder builder, Instrumentation member) {
        Instrumentation current = builder.build().getInstrumentation();
        List<Instrumentation> members = new ArrayList<>();
        if (current instanceof ChainedInstrumentation chain) {
            members.addAll(chain.getInstrumentations());
        } else if (current != null) {
            members.add(current);
        }
        members.add(member);
        return builder.instrumentation(new ChainedInstrumentation(members));
    }

    static final class Coding extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(
                ExecutionResult result,
                InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            if (!result.isDataPresent()) {
                RequestOutcome.failedBeforeExecution();
            }
            List<GraphQLError> coded = result.getErrors().stream().map(ErrorCodes::coded).toList();
            return CompletableFuture.completedFuture(
                    result.transform(answer -> answer.errors(coded)));
        }
    }

    /** The error as it is when it has a code, else with the code its kind has. */
    static GraphQLError coded(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable refusal = ours(fetching.getException());
            if (refusal == fetching.getException()) {
                return error; // a refusal the client caused and is told of: nothing for the log
            }
            if (refusal != null) {
                // Wrapped on its way (SmallRye's reflective property read): SmallRye takes the code
                // from the exception it is given.
                var locations = error.getLocations();
                return new GraphQLExceptionWhileDataFetching(
                        refusal.getMessage(),
                        ResultPath.fromList(fetching.getPath()),
                        refusal,
                        locations == null || locations.isEmpty() ? null : locations.get(0));
            }
            LOG.errorf(fetching.getException(), "resolver failed at %s", fetching.getPath());
            return RequestErrors.error(
                    "INTERNAL", "internal error", Map.of(), error.getLocations());
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && extensions.get("code") != null) {
            return error;
        }
        return RequestErrors.error(
                codeOf(error), error.getMessage(), error.getErrorType(), error.getLocations());
    }

    /**
     * The exception, or the one it wraps (a completion stage's, a reflective call's), that is one
     * of the API's own errors: those carry their code as SmallRye's {@link ErrorCode}, which
     * SmallRye reads. (By the annotation, not the class: SmallRye keeps this service across the
     * restarts of the application in tests, where the application's classes are loaded anew.)
     */
    private static Throwable ours(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getClass().isAnnotationPresent(ErrorCode.class)) {
                return cause;
            }
        }
        return null;
    }

    private static String codeOf(GraphQLError error) {
        if (error instanceof InvalidSyntaxError) {
            return RequestErrors.PARSE_FAILED;
        }
        if (error instanceof IntrospectionDisabledError) {
            return "FORBIDDEN";
        }
        if (error instanceof UnknownOperationException) {
            return RequestErrors.BAD_REQUEST;
        }
        if (error instanceof ValidationError validation) {
            return validation.getValidationErrorType() == ValidationErrorType.WrongType
                    ? RequestErrors.INVALID_ARGUMENT
                    : RequestErrors.VALIDATION_FAILED;
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return RequestErrors.INVALID_ARGUMENT; // a variable's value that is not of its type
        }
        return "INTERNAL";
    }
}
