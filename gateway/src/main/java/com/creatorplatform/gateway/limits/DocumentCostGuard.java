package com.creatorplatform.gateway.limits;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.spi.EventingService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses a document over {@link DocumentLimits} before graphql-java validates, normalises or runs
 * it: a few kilobytes of nested fragments would otherwise expand to millions of fields in each of
 * those steps. Counted for every document not yet known (over HTTP and WebSocket alike); documents
 * that passed are remembered by SmallRye's query cache, which this wraps, and are not counted
 * again.
 */
public class DocumentCostGuard implements EventingService {

    private static final Logger LOG = Logger.getLogger(DocumentCostGuard.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder does not hand out its document provider or schema; a GraphQL built from it
        // does (once, at start).
        GraphQL built = builder.build();
        GraphQLSchema schema = built.getGraphQLSchema();
        Set<FieldCoordinates> resolved = resolvedFields(schema);
        LOG.debugf("fields computed by a resolver: %s", resolved);
        return builder.preparsedDocumentProvider(
                new Guarded(
                        built.getPreparsedDocumentProvider(),
                        DocumentLimits.from(ConfigProvider.getConfig()),
                        schema,
                        resolved));
    }

    /**
     * The fields whose value one of our resolvers computes (SmallRye's operations), not a
     * property's accessor.
     */
    public static Set<FieldCoordinates> resolvedFields(GraphQLSchema schema) {
        Set<FieldCoordinates> resolved = new HashSet<>();
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer container
                    && !container.getName().startsWith("__")) {
                for (var field : container.getFieldDefinitions()) {
                    var coordinates = FieldCoordinates.coordinates(container, field);
                    if (schema.getCodeRegistry().getDataFetcher(coordinates, field)
                            instanceof AbstractDataFetcher<?, ?>) {
                        resolved.add(coordinates);
                    }
                }
            }
        }
        return Set.copyOf(resolved);
    }

    record Guarded(
            PreparsedDocumentProvider cache,
            DocumentLimits limits,
            GraphQLSchema schema,
            Set<FieldCoordinates> resolved)
            implements PreparsedDocumentProvider {

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            return cache.getDocumentAsync(
                    input,
                    unknown -> {
                        ParseAndValidateResult parsed = ParseAndValidate.parse(unknown);
                        if (!parsed.isFailure()) {
                            var refusal =
                                    limits.refusal(
                                            DocumentCost.of(
                                                    parsed.getDocument(),
                                                    schema,
                                                    resolved::contains));
                            if (refusal.isPresent()) {
                                return new PreparsedDocumentEntry(List.of(refusal.get()));
                            }
                        }
                        return parseAndValidate.apply(unknown);
                    });
        }
    }
}
