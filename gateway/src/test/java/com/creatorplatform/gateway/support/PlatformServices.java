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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the three real services as separate processes against the test PostgreSQL, and points the
 * gateway at them. Keycloak and PostgreSQL themselves are started by ./platform test.
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
    private static final List<Service> SERVICES = List.of(CAMPAIGN, TRACKING, PAYOUT);

    /**
     * The running processes of the test class in progress, so that a test can stop one (an outage).
     */
    private static final Map<Service, ServiceProcess> RUNNING = new ConcurrentHashMap<>();

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

    /** Stops a service for good (until the test class ends): what a test of an outage needs. */
    public static void stop(Service service) {
        ServiceProcess process = RUNNING.remove(service);
        if (process != null) {
            process.close();
        }
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
    public static void kill(Service service) throws InterruptedException {
        ServiceProcess process = RUNNING.remove(service);
        if (process != null) {
            process.kill();
        }
    }

    /**
     * Starts a service stopped or killed earlier in the test class, and waits until it is ready.
     */
    public static void restart(Service service) throws IOException {
        RUNNING.put(service, launch(service).awaitReady());
    }

    /**
     * Starts another process of a service, configured as the test class's own, on other ports and
     * against the same database (a second replica); waits until it is ready. The caller closes it.
     */
    public static ServiceProcess replica(Service replica) throws IOException {
        return launch(replica).awaitReady();
    }

    private static ServiceProcess launch(Service service) throws IOException {
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
        return ServiceProcess.launch(
                service.module(),
                service.httpPort(),
                service.grpcPort(),
                options.toArray(String[]::new));
    }

    @Override
    public Map<String, String> start() {
        tracing = traced();
        if (tracing) {
            TraceCollector.instance();
        }
        try {
            for (Service service : SERVICES) {
                RUNNING.put(service, launch(service));
            }
            for (ServiceProcess process : RUNNING.values()) {
                process.awaitReady();
            }
        } catch (IOException | RuntimeException e) {
            stop();
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

    @Override
    public void stop() {
        RUNNING.values().forEach(ServiceProcess::close);
        RUNNING.clear();
    }
}
