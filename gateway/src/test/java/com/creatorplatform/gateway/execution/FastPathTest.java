package com.creatorplatform.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastPathTest {

    @Test
    void theVersionsOnTheClasspathAreTheOnesTheHooksWereBuiltFor() {
        assertNull(
                FastPath.refusal(FastPath.graphqlJavaVersion(), FastPath.smallryeGraphqlVersion()),
                FastPath.graphqlJavaVersion() + " / " + FastPath.smallryeGraphqlVersion());
    }

    @Test
    void anotherVersionIsRefusedSayingWhatWasFoundAndHowToGoOn() {
        assertNull(FastPath.refusal("24.3.0", "2.17.1"));
        String refusal = FastPath.refusal("25.0.0", "2.17.0");
        assertTrue(refusal.contains("found graphql-java 25.0.0"), refusal);
        assertTrue(refusal.contains("platform.graphql.fast-path=false"), refusal);
        assertTrue(FastPath.refusal("24.3.0", "2.18.0").contains("SmallRye GraphQL 2.18.0"));
        assertTrue(
                FastPath.refusal("24.30.1", "2.17.0").contains("found graphql-java 24.30.1"),
                "24.30 is not the 24.3 line");
        assertTrue(FastPath.refusal("unknown", "2.17.0").contains("found graphql-java unknown"));
    }
}
