package com.creatorplatform.campaign.domain;

import static com.creatorplatform.campaign.domain.PostStatus.APPROVED;
import static com.creatorplatform.campaign.domain.PostStatus.CHANGES_REQUESTED;
import static com.creatorplatform.campaign.domain.PostStatus.MISSED;
import static com.creatorplatform.campaign.domain.PostStatus.PLANNED;
import static com.creatorplatform.campaign.domain.PostStatus.PUBLISHED;
import static com.creatorplatform.campaign.domain.PostStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostStatusTest {

    @Test
    void everyStateBeforePublicationMayBecomeMissed() {
        assertEquals(
                Set.of(PLANNED, SUBMITTED, APPROVED, CHANGES_REQUESTED), PostStatus.missable());
        for (PostStatus status : PostStatus.missable()) {
            assertEquals(MISSED, status.moveTo(MISSED));
        }
    }

    @Test
    void aPublishedOrMissedPostIsNeverMissedAgain() {
        assertEquals(
                "a post cannot move from PUBLISHED to MISSED",
                assertThrows(ApiError.class, () -> PUBLISHED.moveTo(MISSED)).getMessage());
        assertThrows(ApiError.class, () -> MISSED.moveTo(MISSED));
    }
}
