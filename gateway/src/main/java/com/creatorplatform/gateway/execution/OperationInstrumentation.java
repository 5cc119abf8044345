package com.creatorplatform.gateway.execution;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import io.smallrye.graphql.spi.EventingService;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps the instrumentations SmallRye chains (the depth and complexity limits, its query cache) at
 * the operation, where they act, and out of every field. graphql-java asks a chain at each field it
 * executes (its execution, fetching, completion and data fetcher) and collects the members' answers
 * into a new list each time; these members answer nothing per field, and on the dashboard's many
 * fields the asking was a large share of the gateway's CPU (bench/RESULTS.md). A chain with a
 * member that does act per field is left as it is.
 */
public class OperationInstrumentation implements EventingService {

    private static final Logger LOG = Logger.getLogger(OperationInstrumentation.class);

    /**
     * What graphql-java calls while it executes an answer's objects and fields: the hooks
     * OperationLevel answers with nothing.
     */
    static final Set<String> FIELD_HOOKS =
            Arrays.stream(OperationLevel.class.getDeclaredMethods())
                    .map(Method::getName)
                    .collect(Collectors.toUnmodifiableSet());

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        if (!FastPath.enabled()) {
            return builder;
        }
        // The builder does not hand out its instrumentation; a GraphQL built from it does (once, at
        // start).
        Instrumentation chosen = operationLevel(builder.build().getInstrumentation());
        return builder.instrumentation(chosen);
    }

    /**
     * The chain without its per-field calls when no member acts per field; else the chain
     * unchanged.
     */
    static Instrumentation operationLevel(Instrumentation instrumentation) {
        if (!(instrumentation instanceof ChainedInstrumentation chain)) {
            return instrumentation;
        }
        List<Instrumentation> members = chain.getInstrumentations();
        var perField = members.stream().filter(OperationInstrumentation::actsPerField).toList();
        if (!perField.isEmpty()) {
            LOG.infof("graphql-java instrumentation kept per field for %s", perField);
            return instrumentation;
        }
        return new OperationLevel(members);
    }

    /**
     * Whether the instrumentation overrides any per-field hook of graphql-java's do-nothing bases.
     */
    static boolean actsPerField(Instrumentation instrumentation) {
        return Arrays.stream(instrumentation.getClass().getMethods())
                .filter(method -> FIELD_HOOKS.contains(method.getName()))
                .anyMatch(
                        method ->
                                method.getDeclaringClass() != Instrumentation.class
                                        && method.getDeclaringClass() != SimpleInstrumentation.class
                                        && method.getDeclaringClass()
                                                != SimplePerformantInstrumentation.class);
    }

    /**
     * A chain whose members act only at the operation (parse, validation, execution of the
     * operation).
     */
    static final class OperationLevel extends ChainedInstrumentation {

        OperationLevel(List<Instrumentation> members) {
            super(members);
        }

        @Override
        public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
                InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public ExecuteObjectInstrumentationContext beginExecuteObject(
                InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<graphql.ExecutionResult> beginSubscribedFieldEvent(
                InstrumentationFieldParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldExecution(
                InstrumentationFieldParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldFetch(
                InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(
                InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(
                InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public InstrumentationContext<Object> beginFieldListCompletion(
                InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
            return null;
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(
                DataFetcher<?> dataFetcher,
                InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return dataFetcher;
        }
    }
}
