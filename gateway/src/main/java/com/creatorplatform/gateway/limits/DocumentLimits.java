package com.creatorplatform.gateway.limits;

import com.creatorplatform.gateway.error.RequestErrors;
import graphql.GraphQLError;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The most one document may cost (see {@link DocumentCost}): fields selected with fragments
 * expanded, depth, and fields computed by a resolver rather than read from a property: most call a
 * service, once per request however many objects they are asked for (they are fetched in batches),
 * so their number bounds the calls one request makes.
 */
public record DocumentLimits(long fields, long depth, long resolvers) {

    static DocumentLimits from(Config config) {
        return new DocumentLimits(
                config.getValue("platform.graphql.max-fields", Long.class),
                config.getValue("platform.graphql.max-depth", Long.class),
                config.getValue("platform.graphql.max-resolvers", Long.class));
    }

    /** The refusal of a document over any limit, naming the first limit it exceeds. */
    public Optional<GraphQLError> refusal(DocumentCost cost) {
        if (cost.fields() > fields) {
            return Optional.of(
                    RequestErrors.limitExceeded(
                            "fields",
                            fields,
                            cost.fields(),
                            "The document selects "
                                    + cost.fields()
                                    + " fields with its fragments expanded; at most "
                                    + fields
                                    + " are allowed"));
        }
        if (cost.depth() > depth) {
            return Optional.of(
                    RequestErrors.limitExceeded(
                            "depth",
                            depth,
                            cost.depth(),
                            "The document nests fields "
                                    + cost.depth()
                                    + " deep; at most "
                                    + depth
                                    + " levels are allowed"));
        }
        if (cost.resolvers() > resolvers) {
            return Optional.of(
                    RequestErrors.limitExceeded(
                            "resolvers",
                            resolvers,
                            cost.resolvers(),
                            "The document asks for "
                                    + cost.resolvers()
                                    + " fields computed by a resolver (most call a service); at most "
                                    + resolvers
                                    + " are allowed"));
        }
        return Optional.empty();
    }
}
