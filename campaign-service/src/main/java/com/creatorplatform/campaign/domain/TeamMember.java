package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person of a brand's team, INVITED until their invitation is redeemed, then ACTIVE with a login.
 * The team's rules live here: an address is on one team, and a brand always keeps an active admin.
 */
@Entity
@Table(name = "brand_member")
public class TeamMember extends PanacheEntityBase {

    /** A team is small; more members than this is a mistake, not a team. */
    public static final int MAX_TEAM = 100;

    public enum Status {
        INVITED,
        ACTIVE
    }

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public String email;
    public String name;

    @Enumerated(EnumType.STRING)
    public TeamRole role;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "login_id")
    public String loginId;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "joined_at")
    public Instant joinedAt;

    /** The brand's first admin, who signed it up: active at once. */
    public static TeamMember founder(UUID brandId, String email, String name, Instant now) {
        var member = invited(brandId, email, name, TeamRole.ADMIN, now);
        member.status = Status.ACTIVE;
        member.joinedAt = now;
        return member;
    }

    public static TeamMember invited(
            UUID brandId, String email, String name, TeamRole role, Instant now) {
        var member = new TeamMember();
        member.id = UUID.randomUUID();
        member.brandId = brandId;
        member.email = Creator.normalisedEmail(email);
        member.name = Brand.requireName(name);
        member.role = role;
        member.status = Status.INVITED;
        member.invitedAt = now;
        return member;
    }

    public void requireInvited() {
        if (status != Status.INVITED) {
            throw ApiError.failedPrecondition(
                    "this invitation was already accepted; sign in with your login instead");
        }
    }

    public void join(String loginId, Instant now) {
        requireInvited();
        this.loginId = loginId;
        this.status = Status.ACTIVE;
        this.joinedAt = now;
    }

    public boolean activeAdmin() {
        return status == Status.ACTIVE && role == TeamRole.ADMIN;
    }

    /**
     * Refuses a change that would leave the team without an active admin: the last one may neither
     * leave nor become a viewer (someone must be able to manage the brand).
     */
    public static void requireAnotherAdmin(List<TeamMember> team, TeamMember changed) {
        boolean another = team.stream().anyMatch(m -> m.activeAdmin() && !m.id.equals(changed.id));
        if (changed.activeAdmin() && !another) {
            throw ApiError.failedPrecondition(
                    "the brand needs an active admin: make another member an admin first");
        }
    }
}
