package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.Invitation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /**
     * The invitation a verified link names, still redeemable, of the kind the caller redeems (a
     * creator's link is no team invitation, nor the other way round: either is not a valid link).
     */
    public Uni<Invitation> open(UUID id, boolean toTeam, LockModeType lock, Instant now) {
        return findById(id, lock)
                .onItem()
                .ifNull()
                .failWith(Invitation::invalidLink)
                .invoke(
                        invitation -> {
                            if (invitation.toTeam() != toTeam) {
                                throw Invitation.invalidLink();
                            }
                            invitation.requireRedeemable(now);
                        });
    }

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
