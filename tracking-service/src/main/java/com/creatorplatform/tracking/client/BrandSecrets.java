package com.creatorplatform.tracking.client;

import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Brands' webhook signing secrets, from campaign-service, kept for a few minutes. */
@ApplicationScoped
public class BrandSecrets {

    private final MutinyCampaignServiceStub campaigns;
    private final Cache<UUID, String> secrets = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    BrandSecrets(@GrpcClient("campaign") MutinyCampaignServiceStub campaigns) {
        this.campaigns = campaigns;
    }

    /** The brand's secret; empty when there is no such brand. Fails when campaign-service cannot answer. */
    public Uni<Optional<String>> of(UUID brandId) {
        String cached = secrets.getIfPresent(brandId);
        if (cached != null) {
            return Uni.createFrom().item(Optional.of(cached));
        }
        return campaigns.withDeadlineAfter(2, TimeUnit.SECONDS)
                .getWebhookSecret(GetWebhookSecretRequest.newBuilder().setBrandId(brandId.toString()).build())
                .map(response -> {
                    secrets.put(brandId, response.getWebhookSecret());
                    return Optional.of(response.getWebhookSecret());
                })
                .onFailure(f -> f instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.NOT_FOUND)
                .recoverWithItem(Optional.empty());
    }
}
