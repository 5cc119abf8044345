package com.creatorplatform.tracking.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Readiness over the management interface (what the kubelet probes) does not include the database:
 * the redirect never waits on it, so a PostgreSQL outage must not take every pod out of the Service
 * (docs/adr/0062-production-overlay.md).
 */
@QuarkusTest
class ReadinessWithoutDatabaseTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void readinessChecksNoDatabaseConnection() {
        JsonPath ready =
                given().port(managementPort)
                        .get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("UP", ready.getString("status"));
        List<String> checks = ready.getList("checks.name");
        assertFalse(checks.isEmpty(), "readiness still checks the servers (gRPC): " + checks);
        assertTrue(
                checks.stream()
                        .noneMatch(
                                name ->
                                        name.toLowerCase().contains("database")
                                                || name.toLowerCase().contains("postgresql")),
                "no database check in readiness: " + checks);
    }
}
