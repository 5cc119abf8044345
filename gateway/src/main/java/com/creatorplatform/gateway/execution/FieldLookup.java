package com.creatorplatform.gateway.execution;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How graphql-java finds each field of an answer in the schema, and whether the schema can be
 * introspected. SmallRye turns its field-visibility setting, even the default one, into
 * graphql-java's BlockedFields, which matches a regular expression against "Type.field" for every
 * field it executes (a measurable share of the gateway's CPU on the dashboard: bench/RESULTS.md).
 * This puts back graphql-java's plain lookup, and turns introspection off (production:
 * platform.graphql.introspection=false) with graphql-java's own switch instead, which refuses
 * introspection queries with an error.
 */
public class FieldLookup implements EventingService {

    static final String INTROSPECTION = "platform.graphql.introspection";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        Introspection.enabledJvmWide(
                ConfigProvider.getConfig()
                        .getOptionalValue(INTROSPECTION, Boolean.class)
                        .orElse(true));
        if (!FastPath.enabled()) {
            return builder;
        }
        // The builder does not hand out its code registry; a schema built from it does (once, at
        // start).
        var registry = builder.build().getCodeRegistry();
        return builder.codeRegistry(
                registry.transform(
                        code ->
                                code.fieldVisibility(
                                        DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }
}
