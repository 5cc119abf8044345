package com.creatorplatform.tracking.domain;

import com.creatorplatform.contract.AllowedDomains;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** A link a creator shares for a campaign (optionally for one post), resolved by its short code. */
@Entity
@Table(name = "tracking_link")
public class TrackingLink extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** 12 characters of a 57-letter alphabet: about 70 bits, far beyond guessing. */
    static final int CODE_LENGTH = 12;

    @Id
    public UUID id;
    public String code;
    @Column(name = "brand_id")
    public UUID brandId;
    @Column(name = "campaign_id")
    public UUID campaignId;
    @Column(name = "creator_id")
    public UUID creatorId;
    @Column(name = "post_id")
    public UUID postId;
    @Column(name = "destination_url")
    public String destinationUrl;
    @Column(name = "created_at")
    public Instant createdAt;

    public static TrackingLink create(UUID brandId, UUID campaignId, UUID creatorId, UUID postId, String destination, Instant now) {
        var link = new TrackingLink();
        link.id = UUID.randomUUID();
        link.code = newCode();
        link.brandId = brandId;
        link.campaignId = campaignId;
        link.creatorId = creatorId;
        link.postId = postId;
        // The brand's allowed-domain rule applies once tracking knows each brand's domains (tracking issue).
        link.destinationUrl = AllowedDomains.requireHttpUrl("destination_url", destination).toString();
        link.createdAt = now;
        return link;
    }

    static String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
