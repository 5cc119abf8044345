package com.creatorplatform.tracking.client;

import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Brands' webhook signing secrets, from campaign-service, kept for a few minutes. */
@ApplicationScoped
public class BrandSecrets {

    private final CampaignCalls campaigns;
    private final Cache<UUID, String> secrets =
            Caffeine.newBuilder()
                    .maximumSize(10_000)
                    .expireAfterWrite(Duration.ofMinutes(5))
                    .build();

    BrandSecrets(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * The brand's secret; empty when there is no such brand. Fails when campaign-service cannot
     * answer.
     */
    public Uni<Optional<String>> of(UUID brandId) {
        String cached = secrets.getIfPresent(brandId);
        if (cached != null) {
            return Uni.createFrom().item(Optional.of(cached));
        }
        return campaigns
                .brandStub()
                .getWebhookSecret(
                        GetWebhookSecretRequest.newBuilder().setBrandId(brandId.toString()).build())
                .map(
                        response -> {
                            secrets.put(brandId, response.getWebhookSecret());
                            return Optional.of(response.getWebhookSecret());
                        })
                .onFailure(
                        f ->
                                f instanceof StatusRuntimeException s
                                        && s.getStatus().getCode() == Status.Code.NOT_FOUND)
                .recoverWithItem(Optional.empty());
    }
}
