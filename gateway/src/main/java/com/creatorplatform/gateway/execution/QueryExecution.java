package com.creatorplatform.gateway.execution;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.schema.GraphQLObjectType;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How queries are executed: graphql-java's own strategy (with SmallRye's handler for a resolver's
 * exception), except that objects of plain properties are completed in one go ({@link
 * PlainObjects}), and the answer is handed to SmallRye as JSON text ({@link AnswerJson}).
 */
public class QueryExecution implements EventingService {

    /**
     * Set in the GraphQL context of an operation sent over a WebSocket: SmallRye's socket handlers
     * send an answer only when its data is a map, so there it stays one.
     */
    public static final String OVER_WEBSOCKET = QueryExecution.class.getName() + ".overWebSocket";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        if (!FastPath.enabled()) {
            return builder;
        }
        return builder.queryExecutionStrategy(new Strategy());
    }

    static final class Strategy extends AsyncExecutionStrategy {

        private final PlainObjects plainObjects = new PlainObjects();

        Strategy() {
            super(new ExceptionHandler());
        }

        @Override
        protected Object completeValueForObject(
                ExecutionContext context,
                ExecutionStrategyParameters parameters,
                GraphQLObjectType type,
                Object source) {
            Map<String, Object> plain = plainObjects.answer(context, parameters, type, source);
            return plain != null
                    ? plain
                    : super.completeValueForObject(context, parameters, type, source);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(
                ExecutionContext context, ExecutionStrategyParameters parameters) {
            return super.execute(context, parameters)
                    .thenApply(
                            result ->
                                    result.getData() == null
                                                    || Boolean.TRUE.equals(
                                                            context.getGraphQLContext()
                                                                    .get(OVER_WEBSOCKET))
                                            ? result
                                            : result.transform(
                                                    answer ->
                                                            answer.data(
                                                                    AnswerJson.of(
                                                                            result.getData()))));
        }
    }
}
