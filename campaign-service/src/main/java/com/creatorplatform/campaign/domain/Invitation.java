package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A mailed invitation, to a campaign membership (a creator) or to a brand's team (a team member):
 * its link is good until it expires and for one redemption, which accepts what it invites to.
 */
@Entity
public class Invitation extends PanacheEntityBase {

    @Id public UUID id;

    /** Set for a creator's invitation to a campaign. */
    @Column(name = "membership_id")
    public UUID membershipId;

    /** Set for an invitation to a brand's team. */
    @Column(name = "brand_member_id")
    public UUID brandMemberId;

    public String email;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "mailed_at")
    public Instant mailedAt;

    @Column(name = "redeemed_at")
    public Instant redeemedAt;

    public static Invitation of(
            Membership membership, Creator creator, Instant now, Duration validFor) {
        var invitation = to(creator.email, now, validFor);
        invitation.membershipId = membership.id;
        return invitation;
    }

    public static Invitation toTeam(TeamMember member, Instant now, Duration validFor) {
        var invitation = to(member.email, now, validFor);
        invitation.brandMemberId = member.id;
        return invitation;
    }

    private static Invitation to(String email, Instant now, Duration validFor) {
        var invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.email = email;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(validFor).truncatedTo(ChronoUnit.SECONDS);
        return invitation;
    }

    /**
     * The brand invited again (the link may have expired): the same invitation, good for {@code
     * validFor} from now, to be mailed again with a new link.
     */
    public void renew(Instant now, Duration validFor) {
        createdAt = now;
        expiresAt = now.plus(validFor).truncatedTo(ChronoUnit.SECONDS);
        mailedAt = null;
    }

    public boolean toTeam() {
        return brandMemberId != null;
    }

    /** Refuses a used or expired link, before anything outside the database is done for it. */
    public void requireRedeemable(Instant now) {
        if (redeemedAt != null) {
            throw ApiError.failedPrecondition(
                    "this invitation link was already used; sign in with your login instead");
        }
        if (!now.isBefore(expiresAt)) {
            throw expired(expiresAt);
        }
    }

    /** The refusal of a token that is not one of ours (also of one naming no such invitation). */
    public static ApiError invalidLink() {
        return ApiError.invalidArgument(
                "this is not a valid invitation link; open the link from the invitation mail as it"
                        + " is");
    }

    public static ApiError expired(Instant expiresAt) {
        return ApiError.failedPrecondition(
                "this invitation link expired at "
                        + expiresAt
                        + "; ask the brand to invite you again");
    }

    public void redeem(Instant now) {
        requireRedeemable(now);
        redeemedAt = now;
    }

    public void mailed(Instant now) {
        if (mailedAt == null) {
            mailedAt = now;
        }
    }
}
