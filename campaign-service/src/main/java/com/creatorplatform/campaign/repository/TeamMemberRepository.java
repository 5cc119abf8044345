package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.TeamMember;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, UUID> {

    /** The brand's team, oldest first. */
    public Uni<List<TeamMember>> team(UUID brandId) {
        return list("brandId", Sort.by("invitedAt").and("id"), brandId);
    }

    /**
     * The brand's team, locked: a change of roles or of the team waits for another one, so the
     * last-admin rule is checked against what is committed.
     */
    public Uni<List<TeamMember>> teamForChange(UUID brandId) {
        return find("brandId", Sort.by("invitedAt").and("id"), brandId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public Uni<TeamMember> byEmail(String email) {
        return find("email", email).firstResult();
    }
}
