package com.creatorplatform.contract;

import com.creatorplatform.contract.testing.ArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contracts' conventions (root package) stand alone; identity builds on them, never the
 * reverse.
 */
class ArchitectureTest {

    private static final String ROOT = "com.creatorplatform.contract";

    @TestFactory
    Stream<DynamicTest> packageRules() {
        return ArchitectureRules.check(
                ROOT,
                ArchitectureRules.freeOfCycles(ROOT),
                ArchitectureRules.dependsOnlyOn(ROOT, ""));
    }
}
