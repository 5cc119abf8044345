package com.creatorplatform.gateway.audit;

import com.creatorplatform.gateway.error.ErrorCodes;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Notes, for a request made with an API key, the operation it ran (name, root fields) and its
 * outcome (the first error's code, or OK) on the HTTP request ({@link KeyUseNotes}). One more
 * member of SmallRye's chain acting at the operation only (see OperationInstrumentation), after the
 * member that codes errors.
 */
public class KeyUseInstrumentation implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return ErrorCodes.joined(builder, new Noting());
    }

    static final class Noting extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            OperationDefinition operation =
                    parameters.getExecutionContext().getOperationDefinition();
            KeyUseNotes.operation(
                    operation.getName(),
                    operation.getSelectionSet().getSelections().stream()
                            .map(selection -> selection instanceof Field f ? f.getName() : "...")
                            .distinct()
                            .toList());
            return super.beginExecuteOperation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(
                ExecutionResult result,
                InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            KeyUseNotes.outcome(
                    result.getErrors().isEmpty()
                            ? KeyUseNotes.OK
                            : code(result.getErrors().get(0)));
            return CompletableFuture.completedFuture(result);
        }

        /**
         * The error's code: in its extensions, or (a resolver's refusal, coded by SmallRye only
         * when it writes the answer) on its exception's class.
         */
        private static String code(GraphQLError error) {
            if (error instanceof ExceptionWhileDataFetching fetching) {
                for (Throwable cause = fetching.getException();
                        cause != null;
                        cause = cause.getCause()) {
                    ErrorCode coded = cause.getClass().getAnnotation(ErrorCode.class);
                    if (coded != null) {
                        return coded.value();
                    }
                }
                return "INTERNAL";
            }
            Map<String, Object> extensions = error.getExtensions();
            Object code = extensions == null ? null : extensions.get("code");
            return code == null ? "ERROR" : code.toString();
        }
    }
}
