package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.tracking.domain.EmailHash;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The email hashes of the creators an order could go to, from campaign-service, to spot
 * self-referrals.
 */
@ApplicationScoped
public class CreatorEmails {

    private final CampaignCalls campaigns;

    CreatorEmails(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /** Creator id to email hash; creators campaign-service does not know are left out. */
    public Uni<Map<UUID, String>> hashesOf(UUID brandId, Collection<UUID> creatorIds) {
        if (creatorIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.join()
                .all(
                        Ids.inBatches(List.copyOf(creatorIds)).stream()
                                .map(chunk -> ask(brandId, chunk))
                                .toList())
                .andFailFast()
                .map(
                        parts -> {
                            var hashes = new HashMap<UUID, String>();
                            parts.forEach(hashes::putAll);
                            return hashes;
                        });
    }

    private Uni<Map<UUID, String>> ask(UUID brandId, List<UUID> creatorIds) {
        var request = BatchGetCreatorsRequest.newBuilder().setBrandId(brandId.toString());
        creatorIds.forEach(id -> request.addIds(id.toString()));
        return campaigns
                .creatorStub()
                .batchGetCreators(request.build())
                .map(
                        response ->
                                response.getCreatorsList().stream()
                                        .collect(
                                                Collectors.toMap(
                                                        c -> UUID.fromString(c.getId()),
                                                        c -> EmailHash.of(c.getEmail()),
                                                        (a, b) -> a)))
                .onFailure()
                .transform(
                        failure -> CampaignCalls.unavailable("tell the creators' emails", failure));
    }
}
