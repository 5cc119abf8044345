package com.creatorplatform.tracking.links;

import com.creatorplatform.contract.AllowedDomains;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;

/** A link a creator shares for a campaign (optionally for one post), resolved by its short code. */
@Entity
@Table(name = "tracking_link")
public class TrackingLink extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /** 12 characters of a 57-letter alphabet: about 70 bits, far beyond guessing. */
    static final int CODE_LENGTH = 12;

    @Id public UUID id;
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

    /** The destination with its UTM parameters; the redirect only adds the click id. */
    @Column(name = "redirect_url")
    public String redirectUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * Where the link is shared: a name of campaign-service's platforms (INSTAGRAM, ...); null when
     * not known.
     */
    public String platform;

    /**
     * The post's own link, made once from the post's approval ({@link
     * TrackingLinkRepository#insertPostLinkOnce}); false for a link made by hand.
     */
    @Column(name = "made_for_post")
    public boolean madeForPost;

    /**
     * How the link names itself to the brand's analytics (UTM parameters besides the platform's).
     */
    public record Utm(String source, String campaign) {

        /** These values, each one not given taken from the other's. */
        public Utm or(Utm named) {
            return new Utm(
                    given(source) ? source : named.source(),
                    given(campaign) ? campaign : named.campaign());
        }
    }

    public static TrackingLink create(
            UUID brandId,
            UUID campaignId,
            UUID creatorId,
            UUID postId,
            String platform,
            String destination,
            Utm utm,
            Instant now) {
        var link = new TrackingLink();
        link.id = UUID.randomUUID();
        link.code = newCode();
        link.brandId = brandId;
        link.campaignId = campaignId;
        link.creatorId = creatorId;
        link.postId = postId;
        link.platform = platform;
        // Only the URL's shape here: the brand's allowed domains are checked by LinkRegistry for
        // links made by
        // hand, and by campaign-service for the landing pages that posts' links go to.
        link.destinationUrl =
                AllowedDomains.requireHttpUrl("destination_url", destination).toString();
        var params = new LinkedHashMap<String, String>();
        params.put("utm_source", orDefault(utm.source(), creatorId));
        params.put("utm_medium", platform == null ? "creator" : platform.toLowerCase(Locale.ROOT));
        params.put("utm_campaign", orDefault(utm.campaign(), campaignId));
        params.put("utm_content", postId == null ? null : postId.toString());
        link.redirectUrl = QueryParams.append(link.destinationUrl, params);
        link.createdAt = now;
        return link;
    }

    private static String orDefault(String value, Object fallback) {
        return given(value) ? value.trim() : fallback.toString();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    static String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
