package com.creatorplatform.gateway;

import com.creatorplatform.contract.testing.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calls come in through graphql and http and go out through client, which knows nothing of GraphQL;
 * the error model is the innermost package, which everything may use and which uses nothing.
 */
class ArchitectureTest {

    private static final String ROOT = "com.creatorplatform.gateway";

    @TestFactory
    Stream<DynamicTest> packageRules() {
        return ArchitectureRules.check(
                ROOT,
                ArchitectureRules.freeOfCycles(ROOT),
                ArchitectureRules.entryPoints(ROOT, "graphql", "http"),
                ArchitectureRules.dependsOnlyOn(ROOT, "error"),
                ArchitectureRules.dependsOnlyOn(ROOT, "client", "error", "security"));
    }
}
