package com.creatorplatform.payout.feed;

import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.contract.testing.TestServiceIdentity;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;

/**
 * The real campaign-service as a process (ports of its own, apart from tracking-service's tests),
 * whose feed payout follows.
 */
public class CampaignServiceProcess implements QuarkusTestResourceLifecycleManager {

    static final int HTTP_PORT = 18683;
    static final int GRPC_PORT = 19683;

    private ServiceProcess campaign;

    @Override
    public Map<String, String> start() {
        try {
            campaign = ServiceProcess.launch("campaign-service", HTTP_PORT, GRPC_PORT).awaitReady();
        } catch (IOException e) {
            throw new IllegalStateException("could not start campaign-service", e);
        }
        // In tests Quarkus points gRPC clients at the test port unless one is given.
        return Map.of(
                "quarkus.grpc.clients.campaign.host",
                "127.0.0.1",
                "quarkus.grpc.clients.campaign.port",
                String.valueOf(GRPC_PORT),
                "quarkus.grpc.clients.campaign.test-port",
                String.valueOf(GRPC_PORT));
    }

    @Override
    public void stop() {
        if (campaign != null) {
            campaign.close();
        }
    }

    /**
     * A channel to it, speaking as a service account, as the tool setting up campaigns would; the
     * caller shuts it down.
     */
    static ManagedChannel channel() {
        return ManagedChannelBuilder.forAddress("127.0.0.1", GRPC_PORT)
                .usePlaintext()
                .intercept(Callers.speakingAs(TestServiceIdentity.IDENTITY))
                .build();
    }
}
