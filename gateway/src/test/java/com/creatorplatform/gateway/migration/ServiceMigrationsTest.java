package com.creatorplatform.gateway.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service's migrations bring a fresh, empty database to the latest schema. (Each service's
 * own tests migrate the shared test database too; this proves it works from nothing.)
 */
class ServiceMigrationsTest {

    static {
        // DriverManager offers a caller only drivers of its own class loader: the driver the
        // Quarkus tests before this one registered came from theirs.
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final String SERVER =
            "jdbc:postgresql://"
                    + ServiceProcess.env("PG_HOST", "127.0.0.1")
                    + ":"
                    + ServiceProcess.env("PG_PORT", "55433")
                    + "/";
    private static final String USER = ServiceProcess.env("PG_USER", "platform");

    @ParameterizedTest
    @ValueSource(strings = {"campaign-service", "tracking-service", "payout-service"})
    void aFreshDatabaseMigratesCleanly(String service) throws Exception {
        Path migrations =
                Path.of("")
                        .toAbsolutePath()
                        .getParent()
                        .resolve(service)
                        .resolve("src/main/resources/db/migration");
        String database =
                "fresh_"
                        + service.replace("-service", "")
                        + "_"
                        + UUID.randomUUID().toString().substring(0, 8);
        admin("create database " + database);
        try {
            var flyway =
                    Flyway.configure()
                            .dataSource(SERVER + database, USER, "")
                            .locations("filesystem:" + migrations)
                            .load();
            var result = flyway.migrate();

            assertTrue(result.success);
            assertEquals(countScripts(migrations), result.migrationsExecuted);
            assertEquals(0, flyway.validateWithResult().invalidMigrations.size());
            assertEquals(0, flyway.migrate().migrationsExecuted, "a second run has nothing to do");
        } finally {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private static long countScripts(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static void admin(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
