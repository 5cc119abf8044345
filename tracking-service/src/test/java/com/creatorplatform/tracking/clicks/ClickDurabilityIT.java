package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import com.creatorplatform.tracking.support.StoredClicks;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as a real process (with the real campaign-service, for the link's brand): a
 * burst of clicks, then a graceful stop (SIGTERM) before the batch writer's timer has written
 * anything. Every click that got its 302 must be in the database afterwards.
 */
class ClickDurabilityIT {

    private static final int HTTP_PORT = 18382;
    private static final int GRPC_PORT = 19382;
    private static final int CLICKS = 3000;

    @Test
    void everyAcknowledgedClickIsStoredAfterAGracefulStop() throws Exception {
        var campaigns = new CampaignServiceResource();
        try (AutoCloseable stopCampaigns = campaigns::stop) {
            var properties = new ArrayList<String>();
            campaigns.start().forEach((name, value) -> properties.add("-D" + name + "=" + value));
            // Nothing is written by the timer or by full batches during the test: only the stop can
            // store the clicks.
            properties.addAll(
                    List.of(
                            "-Dtracking.clicks.flush-interval=PT10M",
                            "-Dtracking.clicks.batch-size=1000000"));
            burstThenStop(
                    ServiceProcess.launch(
                            "tracking-service",
                            HTTP_PORT,
                            GRPC_PORT,
                            properties.toArray(String[]::new)));
        }
    }

    private static void burstThenStop(ServiceProcess service) throws Exception {
        try (service) {
            service.awaitReady();
            var channel =
                    ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT).usePlaintext().build();
            var tracking =
                    Callers.as(
                            TestServiceIdentity.IDENTITY,
                            TrackingServiceGrpc.newBlockingStub(channel));
            var link =
                    tracking.createTrackingLink(
                            CampaignFixtures.linkOf(CampaignFixtures.brand()).build());
            channel.shutdownNow();

            int acknowledged = burst(link.getCode());
            assertTrue(service.stopGracefully(Duration.ofSeconds(60)), "the service stops");

            assertEquals(CLICKS, acknowledged, "every click was answered");
            assertEquals(
                    acknowledged,
                    StoredClicks.count(link.getId()),
                    "stored clicks; see " + service.log().toAbsolutePath());
            assertTrue(
                    Files.readString(service.log())
                            .contains("all queued clicks stored before stopping"));
        }
    }

    private static int burst(String code) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/r/" + code))
                        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0")
                        .build();
        var inFlight = new Semaphore(64);
        var acknowledged = new AtomicInteger();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < CLICKS; i++) {
            inFlight.acquire();
            all.add(
                    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .whenComplete(
                                    (response, failure) -> {
                                        if (failure == null && response.statusCode() == 302) {
                                            acknowledged.incrementAndGet();
                                        }
                                        inFlight.release();
                                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        return acknowledged.get();
    }
}
