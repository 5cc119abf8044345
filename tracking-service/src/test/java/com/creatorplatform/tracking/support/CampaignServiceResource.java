package com.creatorplatform.tracking.support;

import com.creatorplatform.contract.testing.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;

/** The real campaign-service as a process, for the offer terms attribution asks it for. */
public class CampaignServiceResource implements QuarkusTestResourceLifecycleManager {

    public static final int HTTP_PORT = 18581;
    public static final int GRPC_PORT = 19581;

    private ServiceProcess campaign;

    @Override
    public Map<String, String> start() {
        try {
            campaign = ServiceProcess.launch("campaign-service", HTTP_PORT, GRPC_PORT).awaitReady();
        } catch (IOException e) {
            throw new IllegalStateException("could not start campaign-service", e);
        }
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
}
