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
 * The mailed invitation to a membership: its link is good until it expires and for one redemption,
 * which accepts the membership.
 */
@Entity
public class Invitation extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "membership_id")
    public UUID membershipId;

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
        var invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.membershipId = membership.id;
        invitation.email = creator.email;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(validFor).truncatedTo(ChronoUnit.SECONDS);
        return invitation;
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
