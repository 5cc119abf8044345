package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Invitation;
import com.creatorplatform.contract.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links invitations are mailed with: {@code <link-base>?token=<id>.<expiry>.<signature>} (a
 * creator's to the app's join page, a team member's to the team join page), the signature an
 * HMAC-SHA256 of id and expiry under the service's key. A token that was changed in any way, or
 * made without the key, is refused before the database is asked; the expiry is read from the token
 * so an expired link is refused as such. Single use is the invitation row's rule.
 */
@ApplicationScoped
public class InvitationLinks {

    static final int MIN_KEY_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final String base;
    private final String teamBase;

    InvitationLinks(
            @ConfigProperty(name = "campaign.invitations.signing-key") String key,
            @ConfigProperty(name = "campaign.invitations.link-base") String base,
            @ConfigProperty(name = "campaign.invitations.team-link-base") String teamBase) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(
                    "campaign.invitations.signing-key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.base = base;
        this.teamBase = teamBase;
    }

    public String link(Invitation invitation) {
        String base = invitation.toTeam() ? teamBase : this.base;
        return base
                + (base.contains("?") ? "&" : "?")
                + "token="
                + URLEncoder.encode(token(invitation), StandardCharsets.UTF_8);
    }

    String token(Invitation invitation) {
        String signed = invitation.id + "." + invitation.expiresAt.getEpochSecond();
        return signed + "." + B64.encodeToString(sign(signed));
    }

    /**
     * The invitation a token names, once its signature holds and it has not expired.
     *
     * @throws ApiError INVALID_ARGUMENT for a token that is not one of ours, FAILED_PRECONDITION
     *     for an expired one
     */
    public UUID verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw Invitation.invalidLink();
        }
        byte[] signature;
        UUID id;
        long expiresAt;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
            id = UUID.fromString(parts[0]);
            expiresAt = Long.parseLong(parts[1]);
        } catch (IllegalArgumentException malformed) {
            throw Invitation.invalidLink();
        }
        if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
            throw Invitation.invalidLink();
        }
        if (now.getEpochSecond() >= expiresAt) {
            throw Invitation.expired(Instant.ofEpochSecond(expiresAt));
        }
        return id;
    }

    private byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
