package com.creatorplatform.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the three real services as separate processes (their packaged jars, built earlier in the
 * same Maven run) against the test PostgreSQL, and points the gateway at them. Keycloak and
 * PostgreSQL themselves are started by ./platform test.
 */
public class PlatformServices implements QuarkusTestResourceLifecycleManager {

    /** A service under test, on ports that do not clash with a running dev platform. */
    public record Service(String module, String client, int httpPort, int grpcPort) {
    }

    public static final Service CAMPAIGN = new Service("campaign-service", "campaign", 18281, 19281);
    public static final Service TRACKING = new Service("tracking-service", "tracking", 18282, 19282);
    public static final Service PAYOUT = new Service("payout-service", "payout", 18283, 19283);
    private static final List<Service> SERVICES = List.of(CAMPAIGN, TRACKING, PAYOUT);

    private final List<Process> processes = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path logs = Path.of("target", "service-logs");
        try {
            Files.createDirectories(logs);
            for (Service service : SERVICES) {
                processes.add(launch(repo, logs, service));
            }
            for (Service service : SERVICES) {
                awaitReady(service, logs);
            }
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("could not start the services", e);
        }
        Map<String, String> config = new HashMap<>();
        for (Service service : SERVICES) {
            config.put("quarkus.grpc.clients." + service.client() + ".host", "127.0.0.1");
            config.put("quarkus.grpc.clients." + service.client() + ".port", String.valueOf(service.grpcPort()));
            // In test launch mode Quarkus replaces a client's port by its test-port.
            config.put("quarkus.grpc.clients." + service.client() + ".test-port", String.valueOf(service.grpcPort()));
        }
        config.put("quarkus.oidc.auth-server-url", KeycloakFixture.REALM_URL);
        return config;
    }

    private static Process launch(Path repo, Path logs, Service service) throws IOException {
        Path jar = repo.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole project (./platform test) so the services are packaged first");
        }
        var command = List.of("java", "-Xmx256m",
                "-Dquarkus.http.port=" + service.httpPort(),
                "-Dquarkus.grpc.server.port=" + service.grpcPort(),
                "-jar", jar.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(service.module() + ".log").toFile());
        builder.environment().put("PG_USER", env("PG_USER", "platform"));
        builder.environment().put("PG_HOST", env("PG_HOST", "127.0.0.1"));
        builder.environment().put("PG_PORT", env("PG_PORT", "55433"));
        return builder.start();
    }

    private static void awaitReady(Service service, Path logs) throws IOException {
        var http = HttpClient.newHttpClient();
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for " + service.module(), e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted waiting for " + service.module(), e);
            }
        }
        throw new IllegalStateException(service.module() + " was not ready within 90 s; see "
                + logs.resolve(service.module() + ".log").toAbsolutePath());
    }

    @Override
    public void stop() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }

    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
