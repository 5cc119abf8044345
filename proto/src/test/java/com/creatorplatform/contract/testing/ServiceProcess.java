package com.creatorplatform.contract.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service of this repository started for a test as a real process, from the jar its module
 * packaged earlier in the same Maven run, against the test PostgreSQL that ./platform test started.
 * Shared by every module's tests (this is the contracts module's test-jar).
 */
public final class ServiceProcess implements AutoCloseable {

    /** A JVM option choosing the garbage collector; group 1 names it. */
    public static final Pattern GC_OPTION = Pattern.compile("-XX:\\+Use(\\w+)GC");

    private final String module;
    private final int httpPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int httpPort, Process process, Path log) {
        this.module = module;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Launches {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar} on the given ports; the
     * repository root is the parent of the test's working directory (the module being tested).
     */
    public static ServiceProcess launch(
            String module, int httpPort, int grpcPort, String... systemProperties)
            throws IOException {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar
                            + " is missing: build the whole project (./platform test) so that "
                            + module
                            + " is packaged before the modules whose tests start it");
        }
        Path logs = Path.of("target", "service-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(module + ".log");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "java",
                                "-Xmx256m",
                                productionGc(repo.resolve(module)),
                                "-Dquarkus.http.port=" + httpPort,
                                "-Dquarkus.grpc.server.port=" + grpcPort,
                                "-Dquarkus.management.port=" + managementPort(httpPort)));
        String recordings =
                System.getenv("SERVICE_JFR_DIR"); // benchmarks: a flight recording per service
        if (recordings != null && !recordings.isBlank()) {
            command.add(
                    "-XX:StartFlightRecording=filename="
                            + Path.of(recordings, module + ".jfr")
                            + ",settings="
                            + env("SERVICE_JFR_SETTINGS", "profile"));
        }
        command.addAll(List.of(systemProperties));
        command.addAll(List.of("-jar", jar.toString()));
        var builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PG_USER", env("PG_USER", "platform"));
        builder.environment().put("PG_HOST", env("PG_HOST", "127.0.0.1"));
        builder.environment().put("PG_PORT", env("PG_PORT", "55433"));
        return new ServiceProcess(module, httpPort, builder.start(), log);
    }

    /**
     * The collector the module's Dockerfile runs it with: a benchmark's CPU figures are
     * production's only with production's collector (G1's barriers and concurrent threads cost more
     * than Serial's).
     */
    private static String productionGc(Path moduleDir) throws IOException {
        Matcher gc =
                GC_OPTION.matcher(
                        Files.readString(moduleDir.resolve("src/main/docker/Dockerfile.jvm")));
        if (!gc.find()) {
            throw new IllegalStateException(moduleDir + "'s Dockerfile.jvm chooses no collector");
        }
        return gc.group();
    }

    /**
     * Where a service started on this HTTP port serves health and metrics (its management
     * interface).
     */
    public static int managementPort(int httpPort) {
        return httpPort + 2000;
    }

    public int managementPort() {
        return managementPort(httpPort);
    }

    /** Waits until the service's readiness check (its database included) answers 200. */
    public ServiceProcess awaitReady() {
        var http = HttpClient.newHttpClient();
        var ready =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:" + managementPort() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
        await(module + " ready (log: " + log.toAbsolutePath() + ")")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            if (!process.isAlive()) {
                                throw new IllegalStateException(
                                        module
                                                + " exited while starting; see "
                                                + log.toAbsolutePath());
                            }
                            try {
                                return http.send(ready, HttpResponse.BodyHandlers.discarding())
                                                .statusCode()
                                        == 200;
                            } catch (IOException notListeningYet) {
                                return false;
                            }
                        });
        return this;
    }

    /** A graceful stop (SIGTERM), forced after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** A crash: SIGKILL, so nothing in memory is saved and no request in flight is finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * Waits until the process ends by itself (a run-and-exit mode, e.g. migrations) and returns its
     * exit code; kills it and fails if it is still running after {@code within}.
     */
    public int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(
                    module + " did not exit within " + within + "; see " + log.toAbsolutePath());
        }
        return process.exitValue();
    }

    public boolean stopGracefully(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Path log() {
        return log;
    }

    /**
     * The operating system's handle on the process: what a test JVM keeps to reuse the process
     * across test classes loaded by different class loaders.
     */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
