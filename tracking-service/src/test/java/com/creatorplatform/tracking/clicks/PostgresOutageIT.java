package com.creatorplatform.tracking.clicks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import com.creatorplatform.tracking.support.StoredClicks;
import com.creatorplatform.tracking.support.TcpProxy;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged service reaches PostgreSQL through a relay the test cuts: while the database is gone
 * the redirect keeps answering 302 and readiness stays UP (the kubelet keeps the pod in the
 * Service); when it is back, every click answered during the outage is stored.
 */
class PostgresOutageIT {

    private static final int HTTP_PORT = 18384;
    private static final int GRPC_PORT = 19384;
    private static final int PROXY_PORT = 18385;
    private static final int CLICKS = 200;

    private static final String PG_HOST = ServiceProcess.env("PG_HOST", "127.0.0.1");
    private static final int PG_PORT = Integer.parseInt(ServiceProcess.env("PG_PORT", "55433"));

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void redirectsAndReadinessOutlastAPostgresOutageAndTheClicksAreStoredAfter() throws Exception {
        var campaigns = new CampaignServiceResource();
        try (AutoCloseable stopCampaigns = campaigns::stop;
                var database = new TcpProxy(PG_HOST, PG_PORT, PROXY_PORT)) {
            var properties = new ArrayList<String>();
            campaigns.start().forEach((name, value) -> properties.add("-D" + name + "=" + value));
            properties.add(
                    "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:"
                            + PROXY_PORT
                            + "/tracking");
            properties.add(
                    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:"
                            + PROXY_PORT
                            + "/tracking");
            try (var service =
                    ServiceProcess.launch(
                            "tracking-service",
                            HTTP_PORT,
                            GRPC_PORT,
                            properties.toArray(String[]::new))) {
                service.awaitReady();
                var channel =
                        ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT)
                                .usePlaintext()
                                .build();
                var link =
                        Callers.as(
                                        TestServiceIdentity.IDENTITY,
                                        TrackingServiceGrpc.newBlockingStub(channel))
                                .createTrackingLink(
                                        CampaignFixtures.linkOf(CampaignFixtures.brand()).build());
                channel.shutdownNow();
                assertEquals(302, click(link.getCode()), "the link resolves before the outage");

                database.cut();
                List<Integer> during = new ArrayList<>();
                for (int i = 0; i < CLICKS; i++) {
                    during.add(click(link.getCode()));
                }
                assertEquals(
                        List.of(302), during.stream().distinct().toList(), "during the outage");
                assertEquals(200, ready(service), "readiness during the outage");

                database.restore();
                await("clicks stored after the outage; log " + service.log())
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> StoredClicks.count(link.getId()) == CLICKS + 1);
            }
        }
    }

    private int click(String code) throws Exception {
        var request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/r/" + code))
                        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0")
                        .timeout(Duration.ofSeconds(5))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int ready(ServiceProcess service) throws Exception {
        var request =
                HttpRequest.newBuilder(
                                URI.create(
                                        "http://127.0.0.1:"
                                                + service.managementPort()
                                                + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
