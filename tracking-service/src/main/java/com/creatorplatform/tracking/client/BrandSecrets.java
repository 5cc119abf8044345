package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brands' webhook signing secrets, from campaign-service, kept for {@code
 * tracking.brand-secrets.cache-ttl}: a secret whose overlap campaign-service ended early (a second
 * rotation) may verify that much longer here. A new secret needs no wait: see {@link #fresh}.
 */
@ApplicationScoped
public class BrandSecrets {

    /** A brand's secrets: the current one, and the one a rotation replaced with its window. */
    public record Keys(String current, String previous, Instant previousValidUntil) {

        /** The secrets that verify at the instant: the replaced one only before its window ends. */
        public List<String> verifyingAt(Instant now) {
            return previous != null && now.isBefore(previousValidUntil)
                    ? List.of(current, previous)
                    : List.of(current);
        }

        static Keys of(GetWebhookSecretResponse response) {
            return response.getPreviousWebhookSecret().isEmpty()
                    ? new Keys(response.getWebhookSecret(), null, null)
                    : new Keys(
                            response.getWebhookSecret(),
                            response.getPreviousWebhookSecret(),
                            WireTypes.instant(response.getPreviousValidUntil()));
        }
    }

    private final CampaignCalls campaigns;
    private final Cache<UUID, Keys> secrets;

    BrandSecrets(
            CampaignCalls campaigns,
            @ConfigProperty(name = "tracking.brand-secrets.cache-ttl", defaultValue = "PT1M")
                    Duration ttl) {
        this.campaigns = campaigns;
        this.secrets = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
    }

    /**
     * The brand's secrets; empty when there is no such brand. Fails when campaign-service cannot
     * answer.
     */
    public Uni<Optional<Keys>> of(UUID brandId) {
        Keys cached = secrets.getIfPresent(brandId);
        return cached != null ? Uni.createFrom().item(Optional.of(cached)) : fresh(brandId);
    }

    /**
     * The brand's secrets read from campaign-service now, for a signature that matched none of the
     * kept ones: the brand may have just rotated.
     */
    public Uni<Optional<Keys>> fresh(UUID brandId) {
        return campaigns
                .brandStub()
                .getWebhookSecret(
                        GetWebhookSecretRequest.newBuilder().setBrandId(brandId.toString()).build())
                .map(
                        response -> {
                            Keys keys = Keys.of(response);
                            secrets.put(brandId, keys);
                            return Optional.of(keys);
                        })
                .onFailure(
                        f ->
                                f instanceof StatusRuntimeException s
                                        && s.getStatus().getCode() == Status.Code.NOT_FOUND)
                .recoverWithItem(Optional.empty());
    }
}
