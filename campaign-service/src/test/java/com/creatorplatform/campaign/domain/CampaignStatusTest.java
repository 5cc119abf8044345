package com.creatorplatform.campaign.domain;

import static com.creatorplatform.campaign.domain.CampaignStatus.ACTIVE;
import static com.creatorplatform.campaign.domain.CampaignStatus.DRAFT;
import static com.creatorplatform.campaign.domain.CampaignStatus.ENDED;
import static com.creatorplatform.campaign.domain.CampaignStatus.PAUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import org.junit.jupiter.api.Test;

class CampaignStatusTest {

    @Test
    void aDraftGoesLiveThenPausesResumesAndEnds() {
        assertEquals(ACTIVE, DRAFT.moveTo(ACTIVE));
        assertEquals(PAUSED, ACTIVE.moveTo(PAUSED));
        assertEquals(ACTIVE, PAUSED.moveTo(ACTIVE));
        assertEquals(ENDED, PAUSED.moveTo(ENDED));
        assertEquals(ENDED, ACTIVE.moveTo(ENDED));
    }

    @Test
    void anEndedCampaignNeverComesBackAndTheErrorNamesBothStates() {
        var error = assertThrows(ApiError.class, () -> ENDED.moveTo(ACTIVE));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
        assertEquals("a campaign cannot move from ENDED to ACTIVE", error.getMessage());
    }

    @Test
    void aDraftCannotBePausedOrEndedBeforeItRuns() {
        assertThrows(ApiError.class, () -> DRAFT.moveTo(PAUSED));
        assertThrows(ApiError.class, () -> DRAFT.moveTo(ENDED));
    }
}
