package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Invitation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /** Invitations whose mail has not gone out, made before {@code before} and still valid. */
    public Uni<List<UUID>> unmailed(Instant before, Instant now, int limit) {
        return find(
                        "mailedAt is null and createdAt < ?1 and expiresAt > ?2",
                        Sort.by("createdAt"),
                        before,
                        now)
                .page(0, limit)
                .list()
                .map(found -> found.stream().map(i -> i.id).toList());
    }
}
