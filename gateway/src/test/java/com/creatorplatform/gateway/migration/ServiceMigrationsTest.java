package com.creatorplatform.gateway.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service's migrations bring a fresh, empty database to the latest schema, by Flyway and by
 * the production migration Job's way (the service's jar in init-and-exit mode). (Each service's own
 * tests migrate the shared test database too; this proves it works from nothing.)
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
        Path migrations = migrations(service);
        withFreshDatabase(
                "fresh_" + service.replace("-service", ""),
                database -> {
                    var flyway =
                            Flyway.configure()
                                    .dataSource(SERVER + database, USER, "")
                                    .locations("filesystem:" + migrations)
                                    .load();
                    var result = flyway.migrate();

                    assertTrue(result.success);
                    assertEquals(countScripts(migrations), result.migrationsExecuted);
                    assertEquals(0, flyway.validateWithResult().invalidMigrations.size());
                    assertEquals(
                            0,
                            flyway.migrate().migrationsExecuted,
                            "a second run has nothing to do");
                });
    }

    /**
     * The migration Job of k8s/overlays/prod (migrations.yaml): the service's own packaged jar with
     * the Job's {@code QUARKUS_INIT_AND_EXIT} and {@code QUARKUS_FLYWAY_MIGRATE_AT_START} brings a
     * fresh database to the latest schema and exits 0.
     */
    @ParameterizedTest
    @ValueSource(strings = {"campaign-service", "tracking-service", "payout-service"})
    void theMigrationJobMigratesAFreshDatabaseWithTheServicesJarAndExits(String service)
            throws Exception {
        withFreshDatabase(
                "job_" + service.replace("-service", ""),
                database -> {
                    var job =
                            ServiceProcess.launch(
                                    service,
                                    18897,
                                    19897,
                                    "-Dquarkus.init-and-exit=true",
                                    "-Dquarkus.flyway.migrate-at-start=true",
                                    "-Dquarkus.datasource.jdbc.url=" + SERVER + database,
                                    "-Dquarkus.datasource.reactive.url="
                                            + SERVER.substring("jdbc:".length())
                                            + database);
                    assertEquals(
                            0,
                            job.awaitExit(Duration.ofSeconds(90)),
                            service + " job's exit code; log " + job.log());
                    try (var connection = DriverManager.getConnection(SERVER + database, USER, "");
                            var rows =
                                    connection
                                            .createStatement()
                                            .executeQuery(
                                                    "select count(*) from flyway_schema_history"
                                                            + " where success and version is not null")) {
                        rows.next();
                        assertEquals(
                                countScripts(migrations(service)),
                                rows.getLong(1),
                                service + ": migrations applied by the job");
                    }
                });
    }

    private interface DatabaseTest {
        void run(String database) throws Exception;
    }

    /** Runs the test on a new empty database, dropped afterwards. */
    private static void withFreshDatabase(String prefix, DatabaseTest test) throws Exception {
        String database = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        admin("create database " + database);
        try {
            test.run(database);
        } finally {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    private static Path migrations(String service) {
        return Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve(service)
                .resolve("src/main/resources/db/migration");
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
