package com.creatorplatform.campaign.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.campaign.domain.Invitation;
import com.creatorplatform.contract.ApiError;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationLinksTest {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-bytes";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final InvitationLinks links =
            new InvitationLinks(KEY, "https://app.example/join", "https://app.example/join-team");

    @Test
    void aLinkNamesItsInvitationUntilItExpires() {
        var invitation = invitation(NOW.plusSeconds(3600));
        String link = links.link(invitation);

        assertTrue(link.startsWith("https://app.example/join?token="), link);
        assertEquals(invitation.id, links.verify(tokenOf(link), NOW));
        assertEquals(invitation.id, links.verify(tokenOf(link), NOW.plusSeconds(3599)));
    }

    @Test
    void anExpiredLinkIsRefusedAsExpired() {
        String token = links.token(invitation(NOW.plusSeconds(60)));

        var refused = assertThrows(ApiError.class, () -> links.verify(token, NOW.plusSeconds(60)));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, refused.code());
        assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
    }

    @Test
    void aTamperedOrForeignTokenIsRefusedAsInvalid() {
        var invitation = invitation(NOW.plusSeconds(3600));
        String token = links.token(invitation);
        String[] parts = token.split("\\.");
        String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        String otherId = UUID.randomUUID() + "." + parts[1] + "." + parts[2];
        String otherKey =
                new InvitationLinks(
                                KEY + "-rotated",
                                "https://app.example/join",
                                "https://app.example/join-team")
                        .token(invitation);

        for (String bad :
                new String[] {longer, otherId, otherKey, "", "a.b", "x.y.z", token + "x", null}) {
            var refused = assertThrows(ApiError.class, () -> links.verify(bad, NOW), bad);
            assertEquals(ApiError.Code.INVALID_ARGUMENT, refused.code(), bad);
        }
    }

    @Test
    void aShortKeyIsRefusedAtStartUp() {
        assertThrows(
                IllegalStateException.class,
                () ->
                        new InvitationLinks(
                                "too-short",
                                "https://app.example/join",
                                "https://app.example/join-team"));
    }

    private static Invitation invitation(Instant expiresAt) {
        var invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.expiresAt = expiresAt;
        return invitation;
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getRawQuery();
        return URLDecoder.decode(query.substring("token=".length()), StandardCharsets.UTF_8);
    }
}
