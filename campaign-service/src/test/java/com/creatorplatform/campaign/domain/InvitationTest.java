package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00.123456Z");

    @Test
    void anInvitationGoesToTheCreatorsAddressUntilWholeSecondsAfterItsValidity() {
        var invitation = invitation();
        assertEquals("anna@creators.example", invitation.email);
        assertEquals(Instant.parse("2026-12-13T10:00:00Z"), invitation.expiresAt);
        assertNull(invitation.mailedAt);
    }

    @Test
    void itIsRedeemedOnceAndNeverAfterItExpired() {
        var invitation = invitation();
        invitation.redeem(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), invitation.redeemedAt);

        var again = assertThrows(ApiError.class, () -> invitation.redeem(NOW.plusSeconds(120)));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, again.code());
        assertTrue(again.getMessage().contains("already used"), again.getMessage());

        var late = invitation();
        var expired = assertThrows(ApiError.class, () -> late.redeem(late.expiresAt));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertNull(late.redeemedAt);
    }

    @Test
    void theFirstMailingIsTheOneRemembered() {
        var invitation = invitation();
        invitation.mailed(NOW.plusSeconds(1));
        invitation.mailed(NOW.plusSeconds(90));
        assertEquals(NOW.plusSeconds(1), invitation.mailedAt);
    }

    private static Invitation invitation() {
        var membership = new Membership();
        membership.id = UUID.randomUUID();
        var creator = new Creator();
        creator.email = "anna@creators.example";
        return Invitation.of(membership, creator, NOW, Duration.ofDays(7));
    }
}
