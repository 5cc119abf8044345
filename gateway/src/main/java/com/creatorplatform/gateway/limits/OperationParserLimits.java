package com.creatorplatform.gateway.limits;

import graphql.parser.ParserOptions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes quarkus.smallrye-graphql.parser-max-tokens bind requests. SmallRye sets it on
 * graphql-java's default parser options only, while requests are parsed with the separate operation
 * options, so without this a document of any length is parsed.
 */
@ApplicationScoped
class OperationParserLimits {

    private static final Logger LOG = Logger.getLogger(OperationParserLimits.class);

    void apply(
            @Observes StartupEvent started,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") int maxTokens) {
        ParserOptions.setDefaultOperationParserOptions(
                ParserOptions.getDefaultOperationParserOptions()
                        .transform(options -> options.maxTokens(maxTokens)));
        LOG.infof("GraphQL documents are limited to %d tokens", maxTokens);
    }
}
