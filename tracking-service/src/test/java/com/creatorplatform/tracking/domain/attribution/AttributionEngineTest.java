package com.creatorplatform.tracking.domain.attribution;

import static com.creatorplatform.tracking.domain.attribution.AttributionFixtures.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * SPEC "Tracking" → Attribution, rule by rule; the stories use the creators and campaigns of {@link
 * AttributionFixtures}.
 */
class AttributionEngineTest {

    // ---- assertions that read like the spec
    // -------------------------------------------------------

    private static void assertCreditedToClick(Attribution a, Click click) {
        assertAll(
                () -> assertEquals(Outcome.ATTRIBUTED, a.outcome(), a.reason()),
                () -> assertEquals(Rule.LAST_CLICK, a.rule(), a.reason()),
                () -> assertEquals(click.clickId(), a.clickId(), a.reason()),
                () -> assertEquals(click.creatorId(), a.creatorId()),
                () -> assertEquals(click.campaignId(), a.campaignId()),
                () -> assertEquals(click.postId(), a.postId()),
                () -> assertEquals(click.platform(), a.platform()),
                () -> assertEquals(click.at(), a.windowStart()),
                () -> assertNull(a.code()),
                () -> assertTrue(a.earnsCommission()));
    }

    private static void assertCreditedToCode(Attribution a, CodeUse code) {
        assertAll(
                () -> assertEquals(Outcome.ATTRIBUTED, a.outcome(), a.reason()),
                () -> assertEquals(Rule.DISCOUNT_CODE, a.rule(), a.reason()),
                () -> assertEquals(code.code(), a.code()),
                () -> assertEquals(code.creatorId(), a.creatorId()),
                () -> assertEquals(code.campaignId(), a.campaignId()),
                () -> assertNull(a.clickId()),
                () -> assertNull(a.postId()),
                () -> assertNull(a.platform(), "a code is shared on no one platform"),
                () -> assertNull(a.windowStart(), "a code has no window"),
                () -> assertNull(a.windowEnd(), "a code has no window"),
                () -> assertTrue(a.earnsCommission()));
    }

    private static void assertUnattributed(Attribution a, String reasonPart) {
        assertAll(
                () -> assertEquals(Outcome.UNATTRIBUTED, a.outcome(), a.reason()),
                () -> assertEquals(Rule.NONE, a.rule()),
                () -> assertNull(a.creatorId()),
                () -> assertNull(a.campaignId()),
                () -> assertNull(a.postId()),
                () -> assertNull(a.clickId()),
                () -> assertNull(a.code()),
                () -> assertNull(a.windowStart()),
                () -> assertNull(a.windowEnd()),
                () -> assertNull(a.offerVersionId()),
                () -> assertFalse(a.earnsCommission()),
                () ->
                        assertTrue(
                                a.reason().contains(reasonPart),
                                () -> "reason '" + a.reason() + "' lacks '" + reasonPart + "'"));
    }

    private static void assertReasonMentions(Attribution a, String... parts) {
        for (String part : parts) {
            assertTrue(
                    a.reason().contains(part),
                    () -> "reason '" + a.reason() + "' lacks '" + part + "'");
        }
    }

    // ---- rule 2: the latest click of the visitor, within its window
    // ----------------------------------

    @Nested
    class LastClickWins {

        @Test
        void givenOneClickAtDay0_anOrderAtDay10GoesToThatClick() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a = orderAt(day(10)).afterClicks(alice).attribute();

            assertCreditedToClick(a, alice);
            assertEquals(day(30), a.windowEnd());
            assertEquals(MONTH_OFFER, a.offerVersionId());
        }

        @Test
        void givenClicksAtDay0AndDay25_anOrderAtDay40GoesToTheDay25Click() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(25));

            Attribution a = orderAt(day(40)).afterClicks(alice, bob).attribute();

            assertCreditedToClick(a, bob);
            assertEquals(day(55), a.windowEnd());
        }

        @Test
        void
                givenClicksAtDay0AndDay25_anOrderAtDay10GoesToTheDay0Click_becauseLaterClicksAreIgnored() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(25));

            assertCreditedToClick(orderAt(day(10)).afterClicks(alice, bob).attribute(), alice);
        }

        @Test
        void aNewClickOfAnotherCreatorMovesTheCredit_evenWhileTheFirstWindowIsStillOpen() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(5));

            assertCreditedToClick(orderAt(day(6)).afterClicks(alice, bob).attribute(), bob);
        }

        @Test
        void aNewClickRestartsTheWindow_soAnOrderAtDay50GoesToTheDay25ClickOfTheSameCreator() {
            Click first = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click again = click(ALICE, MONTH_CAMPAIGN, day(25));

            Attribution a = orderAt(day(50)).afterClicks(first, again).attribute();

            assertCreditedToClick(a, again);
            assertEquals(day(25), a.windowStart());
            assertEquals(day(55), a.windowEnd());
        }

        @Test
        void theLatestClickWinsWhateverTheOrderOfTheList() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(3));
            Click carol = click(CAROL, MONTH_CAMPAIGN, day(1));

            assertCreditedToClick(orderAt(day(4)).afterClicks(bob, carol, alice).attribute(), bob);
            assertCreditedToClick(orderAt(day(4)).afterClicks(alice, carol, bob).attribute(), bob);
        }

        @Test
        void twoClicksAtTheSameInstant_giveTheSameAnswerWhateverTheOrderOfTheList() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(2));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(2));

            Attribution one = orderAt(day(3)).afterClicks(alice, bob).attribute();
            Attribution other = orderAt(day(3)).afterClicks(bob, alice).attribute();

            assertEquals(one, other);
        }

        @Test
        void aClickAtExactlyTheOrderTimeCounts() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(3));

            assertCreditedToClick(orderAt(day(3)).afterClicks(alice, bob).attribute(), bob);
        }

        @Test
        void aClickOneSecondAfterTheOrderIsIgnored() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(3, 1));

            assertCreditedToClick(orderAt(day(3)).afterClicks(alice, bob).attribute(), alice);
        }

        @Test
        void theClicksOfAnyLinkOfTheBrandCount_acrossCampaigns() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, SEASON_CAMPAIGN, day(1));

            Attribution a = orderAt(day(2)).afterClicks(alice, bob).attribute();

            assertCreditedToClick(a, bob);
            assertEquals(SEASON_OFFER, a.offerVersionId());
        }

        @Test
        void thePostAndPlatformOfTheClickedLinkAreRecorded() {
            UUID post = UUID.randomUUID();
            Click alice = clickOnPost(ALICE, MONTH_CAMPAIGN, post, "TIKTOK", day(0));

            Attribution a = orderAt(day(1)).afterClicks(alice).attribute();

            assertEquals(post, a.postId());
            assertEquals("TIKTOK", a.platform());
        }

        @Test
        void theReasonSaysWhichClickOnWhichLinkAndWhichWindow() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a = orderAt(day(1)).afterClicks(alice).attribute();

            assertEquals(
                    "last click 2026-11-01T10:00:00Z on link "
                            + linkOf(ALICE, MONTH_CAMPAIGN)
                            + " of creator "
                            + ALICE
                            + " (campaign "
                            + MONTH_CAMPAIGN
                            + ") within the 30-day window ending 2026-12-01T10:00:00Z",
                    a.reason());
        }
    }

    // ---- the window, to the second
    // ---------------------------------------------------------------

    @Nested
    class WindowBoundary {

        @Test
        void anOrderExactlyAtClickPlus30Days_isAttributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a = orderAt(day(30)).afterClicks(alice).attribute();

            assertCreditedToClick(a, alice);
            assertEquals(day(30), a.windowEnd());
        }

        @Test
        void anOrderOneSecondAfterClickPlus30Days_isUnattributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a = orderAt(day(30, 1)).afterClicks(alice).attribute();

            assertUnattributed(a, "is 1s past its 30-day window, which ended 2026-12-01T10:00:00Z");
        }

        @Test
        void anOrderOneSecondBeforeTheWindowEnds_isAttributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            assertCreditedToClick(orderAt(day(30, -1)).afterClicks(alice).attribute(), alice);
        }

        @Test
        void anOrderAtTheVeryInstantOfTheClick_isAttributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            assertCreditedToClick(orderAt(day(0)).afterClicks(alice).attribute(), alice);
        }

        @Test
        void evenAFractionOfASecondPastTheEnd_isOutside() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a = orderAt(day(30).plusMillis(1)).afterClicks(alice).attribute();

            assertUnattributed(a, "less than a second past its 30-day window");
        }

        @Test
        void theReasonSaysByHowMuchTheOrderMissedTheWindow() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a = orderAt(day(35, 2 * 3600 + 3 * 60 + 4)).afterClicks(alice).attribute();

            assertUnattributed(
                    a,
                    "the latest click 2026-11-01T10:00:00Z on link "
                            + linkOf(ALICE, MONTH_CAMPAIGN)
                            + " of creator "
                            + ALICE
                            + " is 5d 2h 3m 4s past its 30-day window");
        }
    }

    // ---- the window length comes from the click's campaign
    // -----------------------------------------

    @Nested
    class PerCampaignWindows {

        @Test
        void givenAClickOnA7DayCampaign_anOrderAtDay8IsUnattributed() {
            Click alice = click(ALICE, WEEK_CAMPAIGN, day(0));

            assertUnattributed(
                    orderAt(day(8)).afterClicks(alice).attribute(), "1d past its 7-day window");
        }

        @Test
        void givenAClickOnA7DayCampaign_anOrderAtDay7IsAttributed() {
            Click alice = click(ALICE, WEEK_CAMPAIGN, day(0));

            Attribution a = orderAt(day(7)).afterClicks(alice).attribute();

            assertCreditedToClick(a, alice);
            assertEquals(day(7), a.windowEnd());
            assertEquals(WEEK_OFFER, a.offerVersionId());
        }

        @Test
        void givenAClickOnA60DayCampaign_anOrderAtDay45IsAttributed() {
            Click alice = click(ALICE, SEASON_CAMPAIGN, day(0));

            Attribution a = orderAt(day(45)).afterClicks(alice).attribute();

            assertCreditedToClick(a, alice);
            assertEquals(day(60), a.windowEnd());
        }

        /**
         * Decision: the SPEC's "latest click" literally; an older click never takes over, whatever
         * its window.
         */
        @Test
        void
                givenAnOlderClickWithALongerWindow_onlyTheLatestClickCounts_soTheOrderIsUnattributed() {
            Click aliceOn60Days = click(ALICE, SEASON_CAMPAIGN, day(0));
            Click bobOn7Days = click(BOB, WEEK_CAMPAIGN, day(10));

            Attribution a = orderAt(day(20)).afterClicks(aliceOn60Days, bobOn7Days).attribute();

            assertUnattributed(a, "of creator " + BOB + " is 3d past its 7-day window");
        }
    }

    // ---- rule 1: the discount code, and code vs link
    // -----------------------------------------------

    @Nested
    class DiscountCode {

        private final CodeUse aliceCode = code("ALICE10", ALICE, MONTH_CAMPAIGN);
        private final CodeUse aliceLinkWinsCode = code("ALICE-LW", ALICE, LINK_WINS_CAMPAIGN);

        @Test
        void givenOnlyACode_theOrderGoesToTheCodesCreatorAndCampaign() {
            Attribution a = orderAt(day(3)).withCode(aliceCode).attribute();

            assertCreditedToCode(a, aliceCode);
            assertEquals(MONTH_OFFER, a.offerVersionId());
        }

        @Test
        void theReasonNamesTheCodeItsCreatorAndTheOfferThatLetItWin() {
            Attribution a = orderAt(day(3)).withCode(aliceCode).attribute();

            assertEquals(
                    "discount code ALICE10 of creator "
                            + ALICE
                            + " (campaign "
                            + MONTH_CAMPAIGN
                            + "), which wins over any click under the code-wins priority of offer version "
                            + MONTH_OFFER,
                    a.reason());
        }

        @Test
        void underCodeWins_theCodeWinsOverAFreshClickOfAnotherCreator() {
            Click bob = click(BOB, MONTH_CAMPAIGN, day(3));

            assertCreditedToCode(
                    orderAt(day(3)).withCode(aliceCode).afterClicks(bob).attribute(), aliceCode);
        }

        @Test
        void underCodeWins_aCodeNeedsNoWindow_evenLongAfterAnyClick() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            assertCreditedToCode(
                    orderAt(day(400)).withCode(aliceCode).afterClicks(alice).attribute(),
                    aliceCode);
        }

        @Test
        void withoutAnOffer_theCodeWinsByDefault() {
            CodeUse noOfferCode = code("CAROL5", CAROL, NO_OFFER_CAMPAIGN);
            Click bob = click(BOB, MONTH_CAMPAIGN, day(1));

            Attribution a = orderAt(day(1)).withCode(noOfferCode).afterClicks(bob).attribute();

            assertCreditedToCode(a, noOfferCode);
            assertNull(a.offerVersionId(), "defaults: no offer version");
            assertReasonMentions(a, "the default terms (no offer published)");
        }

        @Test
        void underLinkWins_aQualifyingClickWinsOverTheCode() {
            Click bob = click(BOB, MONTH_CAMPAIGN, day(1));

            Attribution a =
                    orderAt(day(2)).withCode(aliceLinkWinsCode).afterClicks(bob).attribute();

            assertCreditedToClick(a, bob);
            assertEquals(
                    MONTH_OFFER,
                    a.offerVersionId(),
                    "the offer of the click's campaign decided the window");
            assertReasonMentions(
                    a,
                    "which wins over discount code ALICE-LW under the link-wins priority of offer version "
                            + LINK_WINS_OFFER);
        }

        @Test
        void underLinkWins_aQualifyingClickOfTheSameCreatorAlsoWins_andRecordsTheClick() {
            Click alice = click(ALICE, LINK_WINS_CAMPAIGN, day(1));

            Attribution a =
                    orderAt(day(2)).withCode(aliceLinkWinsCode).afterClicks(alice).attribute();

            assertCreditedToClick(a, alice);
            assertEquals(LINK_WINS_OFFER, a.offerVersionId());
        }

        @Test
        void underLinkWins_withNoClick_theCodeWins() {
            Attribution a = orderAt(day(2)).withCode(aliceLinkWinsCode).attribute();

            assertCreditedToCode(a, aliceLinkWinsCode);
            assertEquals(LINK_WINS_OFFER, a.offerVersionId());
            assertReasonMentions(
                    a,
                    "lets a link win, but there is no qualifying click (no click of the visitor)");
        }

        @Test
        void underLinkWins_withTheLatestClickOutsideItsWindow_theCodeWins() {
            Click bob = click(BOB, MONTH_CAMPAIGN, day(0));

            Attribution a =
                    orderAt(day(31)).withCode(aliceLinkWinsCode).afterClicks(bob).attribute();

            assertCreditedToCode(a, aliceLinkWinsCode);
            assertReasonMentions(a, "1d past its 30-day window");
        }

        @Test
        void underLinkWins_theClicksWindowComesFromTheClicksCampaign_notTheCodes() {
            Click bobOn7Days = click(BOB, WEEK_CAMPAIGN, day(0));

            Attribution a =
                    orderAt(day(8)).withCode(aliceLinkWinsCode).afterClicks(bobOn7Days).attribute();

            assertCreditedToCode(a, aliceLinkWinsCode);
        }

        @Test
        void underLinkWins_withOnlyBotClicks_theCodeWins() {
            Click bot = botClick(BOB, MONTH_CAMPAIGN, day(1));

            Attribution a =
                    orderAt(day(2)).withCode(aliceLinkWinsCode).afterClicks(bot).attribute();

            assertCreditedToCode(a, aliceLinkWinsCode);
            assertReasonMentions(a, "only bot clicks (1)");
        }

        @Test
        void underLinkWins_withOnlyClicksAfterTheOrder_theCodeWins() {
            Click bob = click(BOB, MONTH_CAMPAIGN, day(3));

            assertCreditedToCode(
                    orderAt(day(2)).withCode(aliceLinkWinsCode).afterClicks(bob).attribute(),
                    aliceLinkWinsCode);
        }

        @Test
        void theCodesCampaignDecidesThePriority_notTheClicksCampaign() {
            Click bobOnLinkWins = click(BOB, LINK_WINS_CAMPAIGN, day(1));

            assertCreditedToCode(
                    orderAt(day(2)).withCode(aliceCode).afterClicks(bobOnLinkWins).attribute(),
                    aliceCode);
        }
    }

    // ---- bots
    // ---------------------------------------------------------------------------------------

    @Nested
    class Bots {

        @Test
        void aBotClickNeverAttributes() {
            Click bot = botClick(ALICE, MONTH_CAMPAIGN, day(0));

            assertUnattributed(
                    orderAt(day(1)).afterClicks(bot).attribute(),
                    "only bot clicks (1) at or before the order, which never attribute");
        }

        @Test
        void
                givenAHumanClickAtDay0AndABotClickAtDay20_anOrderAtDay35IsUnattributed_becauseBotsDoNotRestartTheWindow() {
            Click human = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bot = botClick(ALICE, MONTH_CAMPAIGN, day(20));

            assertUnattributed(
                    orderAt(day(35)).afterClicks(human, bot).attribute(),
                    "5d past its 30-day window");
        }

        @Test
        void givenAHumanClickAtDay10AndABotClickAtDay20_anOrderAtDay35GoesToTheDay10Click() {
            Click human = click(ALICE, MONTH_CAMPAIGN, day(10));
            Click bot = botClick(ALICE, MONTH_CAMPAIGN, day(20));

            Attribution a = orderAt(day(35)).afterClicks(human, bot).attribute();

            assertCreditedToClick(a, human);
            assertEquals(day(40), a.windowEnd());
        }

        @Test
        void aBotClickOnAnotherCreatorsLinkDoesNotMoveTheCredit() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(5));
            Click bobBot = botClick(BOB, MONTH_CAMPAIGN, day(6));

            assertCreditedToClick(orderAt(day(7)).afterClicks(alice, bobBot).attribute(), alice);
        }
    }

    // ---- paused or ended campaigns: "still redirects but records nothing billable"
    // ---------------------

    @Nested
    class PausedOrEndedCampaigns {

        @Test
        void onlyAPausedOrEndedCampaignRecordsNothingBillable_anUnknownStatusCountsAsRunning() {
            assertAll(
                    () -> assertTrue(CampaignStatus.DRAFT.billable()),
                    () -> assertTrue(CampaignStatus.ACTIVE.billable()),
                    () -> assertFalse(CampaignStatus.PAUSED.billable()),
                    () -> assertFalse(CampaignStatus.ENDED.billable()),
                    () -> assertTrue(CampaignStatus.UNKNOWN.billable()));
        }

        @Test
        void aClickWhileTheCampaignWasPaused_neverAttributes() {
            Click paused = clickWhile(CampaignStatus.PAUSED, ALICE, MONTH_CAMPAIGN, day(0));

            assertUnattributed(
                    orderAt(day(1)).afterClicks(paused).attribute(),
                    "unattributed: no discount code, and only clicks "
                            + "while their campaign was paused or ended (1) at or before the order, which never attribute");
        }

        @Test
        void aClickAfterTheCampaignEnded_neverAttributes() {
            Click ended = clickWhile(CampaignStatus.ENDED, ALICE, MONTH_CAMPAIGN, day(0));

            assertUnattributed(
                    orderAt(day(1)).afterClicks(ended).attribute(),
                    "clicks while their campaign was paused or ended (1)");
        }

        @Test
        void aClickWhoseCampaignStatusWasUnknown_attributes() {
            Click unknown = clickWhile(CampaignStatus.UNKNOWN, ALICE, MONTH_CAMPAIGN, day(0));

            assertCreditedToClick(orderAt(day(1)).afterClicks(unknown).attribute(), unknown);
        }

        @Test
        void givenAClickAtDay0AndAClickOnAPausedCampaignAtDay5_anOrderAtDay6GoesToTheDay0Click() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bobPaused = clickWhile(CampaignStatus.PAUSED, BOB, WEEK_CAMPAIGN, day(5));

            assertCreditedToClick(orderAt(day(6)).afterClicks(alice, bobPaused).attribute(), alice);
        }

        @Test
        void aClickWhileTheCampaignWasPaused_doesNotRestartTheWindow() {
            Click running = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click paused = clickWhile(CampaignStatus.PAUSED, ALICE, MONTH_CAMPAIGN, day(20));

            assertUnattributed(
                    orderAt(day(35)).afterClicks(running, paused).attribute(),
                    "5d past its 30-day window");
        }

        @Test
        void underLinkWins_aClickWhileItsCampaignWasPaused_isNoQualifyingClick_soTheCodeWins() {
            CodeUse aliceLinkWins = code("ALICE-LW", ALICE, LINK_WINS_CAMPAIGN);
            Click bobPaused = clickWhile(CampaignStatus.PAUSED, BOB, MONTH_CAMPAIGN, day(1));

            Attribution a =
                    orderAt(day(2)).withCode(aliceLinkWins).afterClicks(bobPaused).attribute();

            assertCreditedToCode(a, aliceLinkWins);
            assertReasonMentions(
                    a,
                    "no qualifying click (only clicks while their campaign was paused or ended (1)");
        }

        @Test
        void aCodeOfAPausedCampaign_isIgnored_soWithoutClicksTheOrderIsUnattributed() {
            CodeUse paused = codeWhile(CampaignStatus.PAUSED, "ALICE10", ALICE, MONTH_CAMPAIGN);

            assertUnattributed(
                    orderAt(day(1)).withCode(paused).attribute(),
                    "unattributed: discount code ALICE10 of creator "
                            + ALICE
                            + " (campaign "
                            + MONTH_CAMPAIGN
                            + ") ignored, as its campaign is paused, and no click of the visitor");
        }

        @Test
        void aCodeOfAnEndedCampaign_isIgnored_soTheVisitorsLatestClickDecides() {
            CodeUse ended = codeWhile(CampaignStatus.ENDED, "ALICE10", ALICE, MONTH_CAMPAIGN);
            Click bob = click(BOB, WEEK_CAMPAIGN, day(1));

            Attribution a = orderAt(day(2)).withCode(ended).afterClicks(bob).attribute();

            assertCreditedToClick(a, bob);
            assertEquals(WEEK_OFFER, a.offerVersionId());
            assertReasonMentions(
                    a,
                    "; discount code ALICE10 of creator "
                            + ALICE
                            + " (campaign "
                            + MONTH_CAMPAIGN
                            + ") ignored, as its campaign is ended");
        }
    }

    // ---- rule 3: unattributed, and says so
    // ----------------------------------------------------------

    @Nested
    class Unattributed {

        @Test
        void anOrderWithNoCodeAndNoClick_isUnattributed() {
            assertUnattributed(
                    orderAt(day(0)).attribute(),
                    "unattributed: no discount code, and no click of the visitor");
        }

        @Test
        void anOrderBeforeAnyClick_isUnattributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(5));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(6));

            assertUnattributed(
                    orderAt(day(2)).afterClicks(alice, bob).attribute(),
                    "unattributed: no discount code, and the visitor's clicks (2) came after the order and were ignored");
        }

        @Test
        void anOrderOneSecondBeforeTheOnlyClick_isUnattributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(5));

            assertUnattributed(
                    orderAt(day(5, -1)).afterClicks(alice).attribute(),
                    "the visitor's clicks (1) came after the order and were ignored");
        }

        @Test
        void anOrderAfterOnlyABotClickAndBeforeAHumanOne_saysWhyNeitherCounts() {
            Click bot = botClick(ALICE, MONTH_CAMPAIGN, day(1));
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(5));

            assertUnattributed(
                    orderAt(day(2)).afterClicks(bot, alice).attribute(),
                    "only bot clicks (1) at or before the order,"
                            + " which never attribute, and clicks after the order (1), which were ignored");
        }

        @Test
        void anOrderPastTheLatestClicksWindow_isUnattributed_evenIfAnOlderClickWasOnceInWindow() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));
            Click bob = click(BOB, MONTH_CAMPAIGN, day(1));

            assertUnattributed(
                    orderAt(day(40)).afterClicks(alice, bob).attribute(),
                    "of creator " + BOB + " is 9d past");
        }
    }

    // ---- rule 4: self-referral
    // ---------------------------------------------------------------------

    @Nested
    class SelfReferral {

        @Test
        void aCreatorUsingTheirOwnCode_isASelfReferral_recordedButNeverCommissioned() {
            CodeUse aliceCode = code("ALICE10", ALICE, MONTH_CAMPAIGN);

            Attribution a =
                    orderAt(day(1)).withCode(aliceCode).byCustomer(ALICE_EMAIL_HASH).attribute();

            assertAll(
                    () -> assertEquals(Outcome.SELF_REFERRAL, a.outcome()),
                    () -> assertEquals(Rule.DISCOUNT_CODE, a.rule()),
                    () -> assertEquals(ALICE, a.creatorId()),
                    () -> assertEquals(MONTH_CAMPAIGN, a.campaignId()),
                    () -> assertEquals("ALICE10", a.code()),
                    () -> assertEquals(MONTH_OFFER, a.offerVersionId()),
                    () -> assertFalse(a.earnsCommission()));
            assertReasonMentions(
                    a,
                    "self-referral",
                    "the customer is creator " + ALICE,
                    "discount code ALICE10");
        }

        @Test
        void aCreatorBuyingThroughTheirOwnLink_isASelfReferral_withTheClickAndWindowKept() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a =
                    orderAt(day(1)).afterClicks(alice).byCustomer(ALICE_EMAIL_HASH).attribute();

            assertAll(
                    () -> assertEquals(Outcome.SELF_REFERRAL, a.outcome()),
                    () -> assertEquals(Rule.LAST_CLICK, a.rule()),
                    () -> assertEquals(ALICE, a.creatorId()),
                    () -> assertEquals(alice.clickId(), a.clickId()),
                    () -> assertEquals(day(0), a.windowStart()),
                    () -> assertEquals(day(30), a.windowEnd()),
                    () -> assertEquals(MONTH_OFFER, a.offerVersionId()),
                    () -> assertFalse(a.earnsCommission()));
            assertReasonMentions(a, "self-referral", "last click 2026-11-01T10:00:00Z");
        }

        @Test
        void aCreatorBuyingThroughAnotherCreatorsLink_isAnOrdinaryAttribution() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            Attribution a =
                    orderAt(day(1)).afterClicks(alice).byCustomer(BOB_EMAIL_HASH).attribute();

            assertCreditedToClick(a, alice);
        }

        @Test
        void selfReferralIsJudgedOnTheCreatorWhoWins_underLinkWins() {
            CodeUse bobCode = code("BOB-LW", BOB, LINK_WINS_CAMPAIGN);
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(1));

            Attribution bobBuys =
                    orderAt(day(2))
                            .withCode(bobCode)
                            .afterClicks(alice)
                            .byCustomer(BOB_EMAIL_HASH)
                            .attribute();
            Attribution aliceBuys =
                    orderAt(day(2))
                            .withCode(bobCode)
                            .afterClicks(alice)
                            .byCustomer(ALICE_EMAIL_HASH)
                            .attribute();

            assertCreditedToClick(bobBuys, alice);
            assertEquals(Outcome.SELF_REFERRAL, aliceBuys.outcome());
            assertEquals(Rule.LAST_CLICK, aliceBuys.rule());
        }

        @Test
        void anOrderWithoutCustomerHash_isNeverASelfReferral() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            assertCreditedToClick(
                    orderAt(day(1)).afterClicks(alice).byCustomer(null).attribute(), alice);
            assertCreditedToClick(
                    orderAt(day(1)).afterClicks(alice).byCustomer(" ").attribute(), alice);
        }

        @Test
        void aCreatorWithUnknownEmailHash_isNeverASelfReferral() {
            Click carol = click(CAROL, MONTH_CAMPAIGN, day(0));

            assertCreditedToClick(
                    orderAt(day(1)).afterClicks(carol).byCustomer(SHOPPER_EMAIL_HASH).attribute(),
                    carol);
        }

        @Test
        void anUnattributedOrderOfACreator_staysUnattributed() {
            Click alice = click(ALICE, MONTH_CAMPAIGN, day(0));

            assertUnattributed(
                    orderAt(day(31)).afterClicks(alice).byCustomer(ALICE_EMAIL_HASH).attribute(),
                    "past its");
        }
    }

    // ---- offer terms: version recorded, defaults when none
    // ----------------------------------------

    @Nested
    class OfferTermsUsed {

        @Test
        void withoutAnOffer_aClickHasTheDefault30DayWindow_andNoOfferVersion() {
            Click alice = click(ALICE, NO_OFFER_CAMPAIGN, day(0));

            Attribution inWindow = orderAt(day(30)).afterClicks(alice).attribute();
            Attribution past = orderAt(day(30, 1)).afterClicks(alice).attribute();

            assertCreditedToClick(inWindow, alice);
            assertNull(inWindow.offerVersionId());
            assertEquals(day(30), inWindow.windowEnd());
            assertUnattributed(past, "1s past its 30-day window");
        }

        @Test
        void theDefaultsAre30DaysAndCodeWins_withoutOfferVersion() {
            assertEquals(new OfferTerms(null, 30, Priority.CODE_WINS), OfferTerms.defaults());
        }

        @Test
        void theOfferVersionOfTheClicksCampaignIsRecorded() {
            Click alice = click(ALICE, WEEK_CAMPAIGN, day(0));

            assertEquals(
                    WEEK_OFFER, orderAt(day(1)).afterClicks(alice).attribute().offerVersionId());
        }

        @Test
        void theOfferVersionOfTheCodesCampaignIsRecorded() {
            CodeUse code = code("SEASON", ALICE, SEASON_CAMPAIGN);
            Click bob = click(BOB, WEEK_CAMPAIGN, day(0));

            assertEquals(
                    SEASON_OFFER,
                    orderAt(day(1)).withCode(code).afterClicks(bob).attribute().offerVersionId());
        }

        @Test
        void underCodeWins_theClicksTermsAreNotEvenLookedUp() {
            List<UUID> lookedUp = new ArrayList<>();
            var engine =
                    new AttributionEngine(
                            campaign -> {
                                lookedUp.add(campaign);
                                return OfferTerms.defaults();
                            },
                            creator -> null);
            Order order =
                    orderAt(day(1))
                            .withCode(code("ALICE10", ALICE, MONTH_CAMPAIGN))
                            .afterClicks(click(BOB, WEEK_CAMPAIGN, day(0)))
                            .build();

            engine.attribute(order);

            assertEquals(List.of(MONTH_CAMPAIGN), lookedUp);
        }
    }

    // ---- inputs the engine refuses (programming errors)
    // ---------------------------------------------

    @Nested
    class Validation {

        @Test
        void anAttributionWindowOfZeroOrFewerDays_isRefused() {
            var zero =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> new OfferTerms(UUID.randomUUID(), 0, Priority.CODE_WINS));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new OfferTerms(null, -30, Priority.LINK_WINS));
            assertEquals("attribution_window_days must be at least 1, got 0", zero.getMessage());
        }

        @Test
        void aOneDayWindow_isTheShortestAllowed() {
            Click alice =
                    new Click(
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            ALICE,
                            UUID.randomUUID(),
                            null,
                            null,
                            day(0),
                            false,
                            CampaignStatus.ACTIVE);
            var engine =
                    new AttributionEngine(
                            campaign -> new OfferTerms(null, 1, Priority.CODE_WINS),
                            creator -> null);

            assertEquals(
                    day(1),
                    engine.attribute(new Order(day(1), null, null, List.of(alice))).windowEnd());
        }

        @Test
        void termsWithoutPriority_areRefused() {
            assertThrows(IllegalArgumentException.class, () -> new OfferTerms(null, 30, null));
        }

        @Test
        void anOrderWithoutTime_isRefused() {
            assertThrows(
                    IllegalArgumentException.class, () -> new Order(null, null, null, List.of()));
        }

        @Test
        void aClickWithoutTime_isRefused() {
            assertThrows(
                    IllegalArgumentException.class,
                    () ->
                            new Click(
                                    UUID.randomUUID(),
                                    UUID.randomUUID(),
                                    ALICE,
                                    MONTH_CAMPAIGN,
                                    null,
                                    null,
                                    null,
                                    false,
                                    CampaignStatus.ACTIVE));
        }

        @Test
        void aBlankCode_isRefused() {
            assertThrows(IllegalArgumentException.class, () -> code(" ", ALICE, MONTH_CAMPAIGN));
        }

        @Test
        void aNullClickList_isNoClicks() {
            assertEquals(List.of(), new Order(day(0), null, null, null).visitorClicks());
        }

        @Test
        void theClickListIsCopied_soLaterChangesDoNotAlterTheOrder() {
            List<Click> clicks = new ArrayList<>();
            Order order = new Order(day(1), null, null, clicks);
            clicks.add(click(ALICE, MONTH_CAMPAIGN, day(0)));

            assertTrue(order.visitorClicks().isEmpty());
        }

        @Test
        void aNullClickInTheList_isRefused() {
            List<Click> clicks = new ArrayList<>();
            clicks.add(null);

            assertThrows(
                    IllegalArgumentException.class, () -> new Order(day(0), null, null, clicks));
        }

        @Test
        void aNullOrder_isRefused() {
            assertThrows(IllegalArgumentException.class, () -> engine().attribute(null));
        }

        @Test
        void anAttributionThatCreditsSomeoneButSaysUnattributed_cannotBeBuilt() {
            assertThrows(
                    IllegalArgumentException.class,
                    () ->
                            new Attribution(
                                    Outcome.UNATTRIBUTED,
                                    Rule.NONE,
                                    ALICE,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "nobody"));
            assertThrows(
                    IllegalArgumentException.class,
                    () ->
                            new Attribution(
                                    Outcome.ATTRIBUTED,
                                    Rule.NONE,
                                    ALICE,
                                    MONTH_CAMPAIGN,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "who?"));
        }

        @Test
        void onlyAnAttributedOrderEarnsCommission() {
            Instant t = day(0);
            var attributed =
                    new Attribution(
                            Outcome.ATTRIBUTED,
                            Rule.LAST_CLICK,
                            ALICE,
                            MONTH_CAMPAIGN,
                            null,
                            null,
                            UUID.randomUUID(),
                            null,
                            t,
                            day(30),
                            MONTH_OFFER,
                            "last click");
            var self =
                    new Attribution(
                            Outcome.SELF_REFERRAL,
                            Rule.DISCOUNT_CODE,
                            ALICE,
                            MONTH_CAMPAIGN,
                            null,
                            null,
                            null,
                            "ALICE10",
                            null,
                            null,
                            MONTH_OFFER,
                            "self-referral");
            var none =
                    new Attribution(
                            Outcome.UNATTRIBUTED,
                            Rule.NONE,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            "no click");

            assertTrue(attributed.earnsCommission());
            assertFalse(self.earnsCommission());
            assertFalse(none.earnsCommission());
        }
    }
}
