package com.creatorplatform.payout;

import com.creatorplatform.contract.testing.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Layers point inward: grpc and feed (where calls and events come in), mapping, service,
 * repository, domain; the domain depends on none of the others.
 */
class ArchitectureTest {

    private static final String ROOT = "com.creatorplatform.payout";

    @TestFactory
    Stream<DynamicTest> packageRules() {
        return ArchitectureRules.check(
                ROOT,
                ArchitectureRules.freeOfCycles(ROOT),
                ArchitectureRules.entryPoints(ROOT, "grpc", "feed"),
                ArchitectureRules.dependsOnlyOn(ROOT, "domain"),
                ArchitectureRules.dependsOnlyOn(ROOT, "repository", "domain"),
                ArchitectureRules.dependsOnlyOn(ROOT, "service", "domain", "repository"));
    }
}
