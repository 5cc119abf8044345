package com.creatorplatform.tracking.client;

import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import com.creatorplatform.tracking.domain.EmailHash;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The email hashes of the creators an order could go to, from campaign-service, to spot self-referrals. */
@ApplicationScoped
public class CreatorEmails {

    private final MutinyCampaignServiceStub campaigns;

    CreatorEmails(@GrpcClient("campaign") MutinyCampaignServiceStub campaigns) {
        this.campaigns = campaigns;
    }

    /** Creator id to email hash; creators campaign-service does not know are left out. */
    public Uni<Map<UUID, String>> hashesOf(UUID brandId, Collection<UUID> creatorIds) {
        if (creatorIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var request = BatchGetCreatorsRequest.newBuilder().setBrandId(brandId.toString());
        creatorIds.forEach(id -> request.addIds(id.toString()));
        return campaigns.withDeadlineAfter(2, TimeUnit.SECONDS).batchGetCreators(request.build())
                .map(response -> response.getCreatorsList().stream().collect(Collectors.toMap(
                        c -> UUID.fromString(c.getId()), c -> EmailHash.of(c.getEmail()), (a, b) -> a)))
                .onFailure().transform(failure -> Status.UNAVAILABLE
                        .withDescription("campaign-service could not tell the creators' emails; retry the order report")
                        .withCause(failure).asRuntimeException());
    }
}
