package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.ApiError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Instant DAY_1 = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant DAY_2 = DAY_1.plusSeconds(86_400);
    private static final Instant DAY_3 = DAY_2.plusSeconds(86_400);

    private static Campaign campaign(CampaignStatus status) {
        var campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.brandId = UUID.randomUUID();
        campaign.status = status;
        return campaign;
    }

    private static Membership shortlisted(Campaign campaign) {
        var creator =
                Creator.create(
                        campaign.brandId,
                        "Ana",
                        "ana@creators.example",
                        "DE",
                        List.of(),
                        List.of(),
                        DAY_1);
        return Membership.shortlist(campaign, creator, DAY_1);
    }

    @Test
    void aShortlistedCreatorIsInvitedAcceptsAndIsRetiredWithEveryStepDated() {
        var campaign = campaign(CampaignStatus.ACTIVE);
        var membership = shortlisted(campaign);

        membership.invite(campaign, " Loved your trail videos! ", DAY_1);
        membership.accept(DAY_2);
        membership.retire("season over", DAY_3);

        assertEquals(MembershipStatus.RETIRED, membership.status);
        assertEquals("Loved your trail videos!", membership.invitationMessage);
        assertEquals(
                List.of(DAY_1, DAY_1, DAY_2, DAY_3),
                List.of(
                        membership.shortlistedAt,
                        membership.invitedAt,
                        membership.acceptedAt,
                        membership.retiredAt));
        assertEquals("season over", membership.retireReason);
    }

    @Test
    void acceptingTwiceChangesNothingTheSecondTime() {
        var campaign = campaign(CampaignStatus.ACTIVE);
        var membership = shortlisted(campaign);
        membership.invite(campaign, "Join us", DAY_1);

        membership.accept(DAY_2);
        membership.accept(DAY_3);

        assertEquals(MembershipStatus.ACTIVE, membership.status);
        assertEquals(DAY_2, membership.acceptedAt);
    }

    @Test
    void invitingAnInvitedCreatorAgainKeepsThemInvitedWithTheNewMessageButNotOnceAccepted() {
        var campaign = campaign(CampaignStatus.ACTIVE);
        var membership = shortlisted(campaign);
        membership.invite(campaign, "Join us", DAY_1);

        membership.invite(campaign, "Your link expired: a new one", DAY_2);

        assertEquals(MembershipStatus.INVITED, membership.status);
        assertEquals("Your link expired: a new one", membership.invitationMessage);
        assertEquals(DAY_2, membership.invitedAt);
        membership.accept(DAY_3);
        assertEquals(
                "a membership cannot move from ACTIVE to INVITED",
                assertThrows(ApiError.class, () -> membership.invite(campaign, "Again", DAY_3))
                        .getMessage());
    }

    @Test
    void aCreatorCannotAcceptWhatWasNeverSentNorAfterDeclining() {
        var campaign = campaign(CampaignStatus.ACTIVE);
        var membership = shortlisted(campaign);
        assertEquals(
                "a membership cannot move from SHORTLISTED to ACTIVE",
                assertThrows(ApiError.class, () -> membership.accept(DAY_2)).getMessage());

        membership.invite(campaign, "Join us", DAY_1);
        membership.decline(DAY_2);
        assertEquals(
                "a membership cannot move from DECLINED to ACTIVE",
                assertThrows(ApiError.class, () -> membership.accept(DAY_3)).getMessage());
    }

    @Test
    void anInvitationNeedsAPersonalMessageAndARetirementAReason() {
        var campaign = campaign(CampaignStatus.ACTIVE);
        var membership = shortlisted(campaign);

        assertEquals(
                "message is required",
                assertThrows(ApiError.class, () -> membership.invite(campaign, " ", DAY_1))
                        .getMessage());
        assertEquals(
                "reason is required",
                assertThrows(ApiError.class, () -> membership.retire("", DAY_1)).getMessage());
        assertEquals(MembershipStatus.SHORTLISTED, membership.status);
    }

    @Test
    void anEndedCampaignTakesNoNewCreators() {
        var ended = campaign(CampaignStatus.ENDED);

        var error = assertThrows(ApiError.class, () -> shortlisted(ended));
        assertEquals(ApiError.Code.FAILED_PRECONDITION, error.code());
    }

    @Test
    void retiredAndDeclinedAreFinal() {
        for (MembershipStatus target : MembershipStatus.values()) {
            assertThrows(ApiError.class, () -> MembershipStatus.RETIRED.moveTo(target));
            assertThrows(ApiError.class, () -> MembershipStatus.DECLINED.moveTo(target));
        }
        assertEquals(
                MembershipStatus.RETIRED,
                MembershipStatus.SHORTLISTED.moveTo(MembershipStatus.RETIRED));
        assertEquals(
                MembershipStatus.RETIRED,
                MembershipStatus.INVITED.moveTo(MembershipStatus.RETIRED));
    }
}
