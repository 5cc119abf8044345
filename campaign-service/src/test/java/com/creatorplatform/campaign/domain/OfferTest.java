package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.PlanTerms;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final PlanTerms.Draft TEN_PERCENT =
            new PlanTerms.Draft(
                    PlanTerms.Basis.PERCENT, 1000, null, null, List.of(), List.of(), null);

    private static Campaign campaign(CampaignStatus status) {
        var campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.brandId = UUID.randomUUID();
        campaign.status = status;
        campaign.currency = "EUR";
        return campaign;
    }

    private static Offer.Terms from(Instant effectiveFrom) {
        return new Offer.Terms(effectiveFrom, TEN_PERCENT, 10, null, null, null);
    }

    @Test
    void aFirstVersionTakesEffectNowWithThirtyDayWindowAndHoldAndTheCodeWinning() {
        var offer = Offer.publish(campaign(CampaignStatus.DRAFT), null, from(null), NOW);

        assertEquals(NOW, offer.effectiveFrom);
        assertEquals(30, offer.attributionWindowDays);
        assertEquals(30, offer.holdDays);
        assertEquals(AttributionPriority.CODE_WINS, offer.priority);
        assertEquals("EUR", offer.plan.currency);
    }

    @Test
    void aVersionCannotReachBackIntoOrdersAlreadyAttributed() {
        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                Offer.publish(
                                        campaign(CampaignStatus.ACTIVE),
                                        null,
                                        from(NOW.minusSeconds(1)),
                                        NOW));
        assertEquals(ApiError.Code.INVALID_ARGUMENT, error.code());
    }

    @Test
    void aVersionComesAfterTheLatestOne() {
        var latest = NOW.plusSeconds(3600);

        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                Offer.publish(
                                        campaign(CampaignStatus.ACTIVE),
                                        latest,
                                        from(latest),
                                        NOW));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
        assertEquals(
                latest.plusSeconds(1),
                Offer.publish(
                                campaign(CampaignStatus.ACTIVE),
                                latest,
                                from(latest.plusSeconds(1)),
                                NOW)
                        .effectiveFrom);
    }

    @Test
    void anEndedCampaignKeepsItsLastOffer() {
        var error =
                assertThrows(
                        ApiError.class,
                        () -> Offer.publish(campaign(CampaignStatus.ENDED), null, from(null), NOW));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
    }

    @Test
    void theWindowIsOneToThreeHundredSixtyFiveDaysAndTheHoldMayBeZero() {
        var zeroHold = new Offer.Terms(null, TEN_PERCENT, 0, 1, 0, AttributionPriority.LINK_WINS);
        var offer = Offer.publish(campaign(CampaignStatus.ACTIVE), null, zeroHold, NOW);
        assertEquals(0, offer.holdDays);
        assertEquals(1, offer.attributionWindowDays);

        assertThrows(
                ApiError.class,
                () ->
                        Offer.publish(
                                campaign(CampaignStatus.ACTIVE),
                                null,
                                new Offer.Terms(null, TEN_PERCENT, 0, 366, null, null),
                                NOW));
    }
}
