package com.creatorplatform.gateway.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * End to end with every part a real process: the packaged gateway jar, the three service jars,
 * Keycloak and PostgreSQL. Runs the gateway's GraphQL tests unchanged against that platform.
 */
@QuarkusIntegrationTest
class PlatformEndToEndIT extends GatewayGraphQLTest {
}
