package com.creatorplatform.tracking;

import com.creatorplatform.contract.testing.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feature packages (links, clicks, orders, reports) around a small kernel (domain, wire,
 * persistence); calls come in through grpc, webhook and feeds, and go out to campaign-service
 * through client, a leaf that maps wire types to the domain and calls back into no feature.
 */
class ArchitectureTest {

    private static final String ROOT = "com.creatorplatform.tracking";

    @TestFactory
    Stream<DynamicTest> packageRules() {
        return ArchitectureRules.check(
                ROOT,
                ArchitectureRules.freeOfCycles(ROOT),
                ArchitectureRules.entryPoints(ROOT, "grpc", "webhook", "feeds"),
                ArchitectureRules.dependsOnlyOn(ROOT, "domain"),
                ArchitectureRules.dependsOnlyOn(ROOT, "wire"),
                ArchitectureRules.dependsOnlyOn(ROOT, "persistence"),
                ArchitectureRules.dependsOnlyOn(ROOT, "client", "domain"));
    }
}
