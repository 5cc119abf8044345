package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A creator's place in one campaign (one per creator and campaign). Each status is reached at most
 * once, so its time is kept in its own column: the row is its own history, and retiring keeps it.
 */
@Entity
public class Membership extends PanacheEntityBase {

    public static final int MAX_TEXT = 2000;

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "creator_id")
    public UUID creatorId;

    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    @Column(name = "invitation_message")
    public String invitationMessage;

    @Column(name = "retire_reason")
    public String retireReason;

    @Column(name = "shortlisted_at")
    public Instant shortlistedAt;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "declined_at")
    public Instant declinedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    public static Membership shortlist(Campaign campaign, Creator creator, Instant now) {
        requireRunning(campaign);
        var membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.brandId = campaign.brandId;
        membership.campaignId = campaign.id;
        membership.creatorId = creator.id;
        membership.status = MembershipStatus.SHORTLISTED;
        membership.shortlistedAt = now;
        return membership;
    }

    public void invite(Campaign campaign, String message, Instant now) {
        requireRunning(campaign);
        String text = text("message", message);
        // Inviting again while INVITED sends a new link (the old one may have expired).
        if (status != MembershipStatus.INVITED) {
            status = status.moveTo(MembershipStatus.INVITED);
        }
        invitationMessage = text;
        invitedAt = now;
    }

    /**
     * Accepting an invitation already accepted changes nothing, so that a retried accept is safe.
     */
    public void accept(Instant now) {
        requireAcceptable();
        if (status != MembershipStatus.ACTIVE) {
            status = MembershipStatus.ACTIVE;
            acceptedAt = now;
        }
    }

    /**
     * Refuses what {@link #accept} would refuse, before anything outside the database is done for
     * it.
     */
    public void requireAcceptable() {
        if (status != MembershipStatus.ACTIVE) {
            status.moveTo(MembershipStatus.ACTIVE);
        }
    }

    public void decline(Instant now) {
        status = status.moveTo(MembershipStatus.DECLINED);
        declinedAt = now;
    }

    public void retire(String reason, Instant now) {
        String text = text("reason", reason);
        status = status.moveTo(MembershipStatus.RETIRED);
        retireReason = text;
        retiredAt = now;
    }

    private static void requireRunning(Campaign campaign) {
        if (campaign.status == CampaignStatus.ENDED) {
            throw ApiError.failedPrecondition(
                    "campaign " + campaign.id + " is ENDED; it takes no new creators");
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalidArgument(field + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw ApiError.invalidArgument(field + " must be at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }
}
