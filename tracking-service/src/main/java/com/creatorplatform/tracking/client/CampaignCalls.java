package com.creatorplatform.tracking.client;

import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * tracking-service's one door to campaign-service: every call gets the same deadline and the same
 * failure.
 */
@ApplicationScoped
public class CampaignCalls {

    private final MutinyCampaignServiceStub campaigns;
    private final Duration deadline;

    CampaignCalls(
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyCampaignServiceStub campaigns,
            @ConfigProperty(name = "tracking.campaign-service.deadline", defaultValue = "PT2S")
                    Duration deadline) {
        this.campaigns = campaigns;
        this.deadline = deadline;
    }

    /** The stub with a deadline counted from now. */
    public MutinyCampaignServiceStub stub() {
        return campaigns.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * What the caller hears when campaign-service could not answer: UNAVAILABLE, so that it retries
     * (the shop its order report).
     */
    public static RuntimeException unavailable(String what, Throwable failure) {
        return Status.UNAVAILABLE
                .withDescription("campaign-service could not " + what + "; try again shortly")
                .withCause(failure)
                .asRuntimeException();
    }
}
