package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.contract.testing.TestTokens;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the three real services as separate processes against the test PostgreSQL, and points the
 * gateway at them. Keycloak and PostgreSQL themselves are started by ./platform test.
 *
 * <p>The processes outlive a test class: the next class reuses those still running with the same
 * launch options (a service a test stopped or killed is launched again), and a shutdown hook closes
 * them when the test JVM exits. This saves each class the services' start-up. Their process ids are
 * kept in system properties, since each test class's Quarkus application has its own class loader,
 * hence its own statics.
 */
public class PlatformServices implements QuarkusTestResourceLifecycleManager {

    /** A service under test, on ports that do not clash with a running dev platform. */
    public record Service(String module, String client, int httpPort, int grpcPort) {

        /** Where the service serves health and metrics. */
        public int managementPort() {
            return ServiceProcess.managementPort(httpPort);
        }
    }

    public static final Service CAMPAIGN =
            new Service("campaign-service", "campaign", 18281, 19281);
    public static final Service TRACKING =
            new Service("tracking-service", "tracking", 18282, 19282);

    /** Where invitation links lead: the gateway's web app under test. */
    public static final String JOIN_PAGE = "http://127.0.0.1:18280/join";

    public static final String TEAM_JOIN_PAGE = "http://127.0.0.1:18280/join-team";

    public static final Service PAYOUT = new Service("payout-service", "payout", 18283, 19283);

    /** Every service, in the order they are launched. */
    public static final List<Service> SERVICES = List.of(CAMPAIGN, TRACKING, PAYOUT);

    /** The system property holding a running service's process id, by module. */
    private static final String PID = "platform.services.pid.";

    /** The system property holding the launch options of the running services. */
    private static final String OPTIONS = "platform.services.options";

    private static final String SHUTDOWN_HOOK = "platform.services.shutdown-hook";

    /**
     * Whether the services of the test class in progress export their spans (see {@link #traced}).
     */
    private static volatile boolean tracing;

    /**
     * Whether the gateway and the services export their spans to this JVM's {@link TraceCollector}:
     * off (as in every test but the trace test), unless {@code -Dplatform.tracing=true} (the
     * dashboard benchmark with tracing on).
     */
    protected boolean traced() {
        return Boolean.getBoolean("platform.tracing");
    }

    /**
     * Stops a service for good (until the test class ends, the next class launching it again): what
     * a test of an outage needs.
     */
    public static void stop(Service service) {
        forget(service).ifPresent(process -> close(List.of(process)));
    }

    /**
     * A channel to a service speaking as a service account (as the shop's order pipeline or an
     * internal tool would), for setting up test data; shut it down after use.
     */
    public static ManagedChannel channel(Service service) {
        return ManagedChannelBuilder.forAddress("127.0.0.1", service.grpcPort())
                .usePlaintext()
                .intercept(Callers.speakingAs(TestServiceIdentity.IDENTITY))
                .build();
    }

    /** Crashes a service (SIGKILL): what a test of exactly-once under faults needs. */
    public static void kill(Service service) {
        forget(service)
                .ifPresent(
                        process -> {
                            process.destroyForcibly();
                            process.onExit().join();
                        });
    }

    /**
     * Starts a service stopped or killed earlier in the test class, and waits until it is ready.
     */
    public static void restart(Service service) throws IOException {
        ServiceProcess process = launch(service);
        remember(service, process);
        process.awaitReady();
    }

    /**
     * Starts another process of a service, configured as the test class's own, on other ports and
     * against the same database (a second replica); waits until it is ready. The caller closes it.
     */
    public static ServiceProcess replica(Service replica) throws IOException {
        return launch(replica).awaitReady();
    }

    private static ServiceProcess launch(Service service) throws IOException {
        return ServiceProcess.launch(
                service.module(),
                service.httpPort(),
                service.grpcPort(),
                launchOptions().toArray(String[]::new));
    }

    private static List<String> launchOptions() {
        List<String> options = new ArrayList<>();
        if (tracing) {
            TraceCollector.exporterConfig()
                    .forEach((key, value) -> options.add("-D" + key + "=" + value));
        }
        options.addAll(
                List.of(
                        // tracking-service reaches campaign-service and payout-service on their
                        // test ports
                        "-Dquarkus.grpc.clients.campaign.port=" + CAMPAIGN.grpcPort(),
                        "-Dquarkus.grpc.clients.payout.port=" + PAYOUT.grpcPort(),
                        // campaign-service mails invitations to the test's own SMTP server
                        "-Dquarkus.mailer.port=" + TestMailbox.smtpPort(),
                        // no pooled connection to the previous test class's mailbox
                        "-Dquarkus.mailer.keep-alive=false",
                        "-Dcampaign.invitations.link-base=" + JOIN_PAGE,
                        "-Dcampaign.invitations.team-link-base=" + TEAM_JOIN_PAGE,
                        // the tests' webhook receivers listen on 127.0.0.1, over plain http
                        "-Dcampaign.webhooks.test-hosts=127.0.0.1",
                        // deliveries retried within milliseconds, an endpoint disabled after 3
                        // failures
                        "-Dcampaign.webhooks.interval=PT0.2S",
                        "-Dcampaign.webhooks.retry-base=PT0.05S",
                        "-Dcampaign.webhooks.disable-after=3",
                        "-Dtracking.webhook-relay.interval=PT0.2S",
                        "-Dpayout.webhook-relay.interval=PT0.2S"));
        return options;
    }

    /**
     * The service's process if it is running (it may have been stopped or killed): a benchmark
     * reads its CPU time.
     */
    public static Optional<ProcessHandle> running(Service service) {
        return Optional.ofNullable(System.getProperty(PID + service.module()))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive);
    }

    private static void remember(Service service, ServiceProcess process) {
        System.setProperty(PID + service.module(), String.valueOf(process.handle().pid()));
    }

    private static Optional<ProcessHandle> forget(Service service) {
        Optional<ProcessHandle> process = running(service);
        System.clearProperty(PID + service.module());
        return process;
    }

    /** A graceful stop (SIGTERM) of them all at once, forced after 20 s. */
    private static void close(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
                process.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** Closes every running service; the JVM's shutdown hook. */
    private static void closeAll() {
        List<ProcessHandle> processes = new ArrayList<>();
        for (Service service : SERVICES) {
            forget(service).ifPresent(processes::add);
        }
        close(processes);
    }

    @Override
    public Map<String, String> start() {
        tracing = traced();
        if (tracing) {
            TraceCollector.instance();
        }
        synchronized (System.getProperties()) {
            if (System.getProperty(SHUTDOWN_HOOK) == null) {
                Runtime.getRuntime()
                        .addShutdownHook(
                                new Thread(PlatformServices::closeAll, "platform-services-close"));
                System.setProperty(SHUTDOWN_HOOK, "registered");
            }
        }
        String options = String.join(" ", launchOptions());
        if (!options.equals(System.getProperty(OPTIONS))) {
            // e.g. tracing on or off: every process launched anew with the class's options
            closeAll();
            System.setProperty(OPTIONS, options);
        }
        try {
            List<ServiceProcess> launched = new ArrayList<>();
            for (Service service : SERVICES) {
                if (running(service).isEmpty()) {
                    ServiceProcess process = launch(service);
                    remember(service, process);
                    launched.add(process);
                }
            }
            launched.forEach(ServiceProcess::awaitReady);
        } catch (IOException | RuntimeException e) {
            closeAll();
            throw new IllegalStateException("could not start the services", e);
        }
        Map<String, String> config = new HashMap<>();
        for (Service service : SERVICES) {
            config.put("quarkus.grpc.clients." + service.client() + ".host", "127.0.0.1");
            config.put(
                    "quarkus.grpc.clients." + service.client() + ".port",
                    String.valueOf(service.grpcPort()));
            // In test launch mode Quarkus replaces a client's port by its test-port.
            config.put(
                    "quarkus.grpc.clients." + service.client() + ".test-port",
                    String.valueOf(service.grpcPort()));
        }
        config.put("quarkus.oidc.auth-server-url", TestTokens.ISSUER);
        if (tracing) {
            config.putAll(TraceCollector.exporterConfig());
        }
        return config;
    }

    /** Leaves the services running for the next test class (see the class comment). */
    @Override
    public void stop() {
        TestMailbox.stop();
    }
}
