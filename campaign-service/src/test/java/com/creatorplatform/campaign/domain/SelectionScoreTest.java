package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelectionScoreTest {

    private static final Campaign TRAIL_RUNNING_IN_GERMANY =
            campaign(List.of("running", "trail"), List.of("DE"));

    private static Campaign campaign(List<String> niches, List<String> countries) {
        var campaign = new Campaign();
        campaign.target(niches, countries);
        return campaign;
    }

    private static Creator creator(
            String country, List<String> niches, PlatformAccount... accounts) {
        return Creator.create(
                UUID.randomUUID(),
                "Creator",
                UUID.randomUUID() + "@creators.example",
                country,
                niches,
                List.of(accounts),
                Instant.EPOCH);
    }

    private static PlatformAccount instagram(
            long followers, int engagementBasisPoints, Integer conversionBasisPoints) {
        return PlatformAccount.of(
                Platform.INSTAGRAM, "@ig", followers, engagementBasisPoints, conversionBasisPoints);
    }

    @Test
    void aSmallCreatorWhoseAudienceBuysOutranksALargeOneWhoseAudienceDoesNot() {
        var small = creator("DE", List.of("running"), instagram(20_000, 500, 250));
        var large = creator("DE", List.of("running", "fashion"), instagram(2_000_000, 80, 20));

        var ranking =
                SelectionScore.rank(List.of(large, small), TRAIL_RUNNING_IN_GERMANY, null, 10);

        assertEquals(
                List.of(small, large),
                ranking.stream().map(SelectionScore.Ranked::creator).toList());
        assertTrue(
                ranking.get(0).score().total() > 2 * ranking.get(1).score().total(),
                "not a near miss: " + ranking);
    }

    @Test
    void
            aSmallEngagedCreatorInTheNicheOutranksALargeDisengagedOneOutsideItEvenWithoutSalesHistory() {
        var small = creator("DE", List.of("trail", "running"), instagram(8_000, 700, null));
        var large = creator("US", List.of("gaming"), instagram(5_000_000, 100, null));

        assertEquals(
                small,
                SelectionScore.rank(List.of(large, small), TRAIL_RUNNING_IN_GERMANY, null, 10)
                        .get(0)
                        .creator());
    }

    @Test
    void theScoreFollowsTheDocumentedFormula() {
        var score =
                SelectionScore.of(
                        creator("DE", List.of("running"), instagram(999_999, 300, 150)),
                        TRAIL_RUNNING_IN_GERMANY,
                        null);

        assertEquals(0.5, score.conversion(), 1e-9);
        assertEquals(0.5, score.engagement(), 1e-9);
        assertEquals(0.5, score.nicheFit(), 1e-9);
        assertEquals(1.0, score.audienceCountry(), 1e-9);
        assertEquals(6.0 / 7, score.reach(), 1e-9);
        assertEquals(
                100 * (0.35 * 0.5 + 0.25 * 0.5 + 0.20 * 0.5 + 0.10 + 0.10 * 6 / 7),
                score.total(),
                1e-9);
    }

    @Test
    void anUnknownConversionRateCountsAsTheTypicalOnePercent() {
        var score =
                SelectionScore.of(
                        creator("DE", List.of(), instagram(1000, 300, null)),
                        TRAIL_RUNNING_IN_GERMANY,
                        null);

        assertEquals(1.0 / 3, score.conversion(), 1e-9);
    }

    @Test
    void
            anAudienceOutsideTheTargetCountriesScoresNoCountryPointsAndACampaignWithoutTargetsFitsEveryone() {
        var french = creator("FR", List.of("running"), instagram(1000, 300, null));

        assertEquals(
                0.0, SelectionScore.of(french, TRAIL_RUNNING_IN_GERMANY, null).audienceCountry());
        var anyone = SelectionScore.of(french, campaign(List.of(), List.of()), null);
        assertEquals(1.0, anyone.audienceCountry());
        assertEquals(1.0, anyone.nicheFit());
    }

    @Test
    void onlyAccountsOnThePlatformAskedForCountAndCreatorsWithoutOneAreNoCandidates() {
        var creator =
                creator(
                        "DE",
                        List.of("running"),
                        instagram(1000, 300, null),
                        PlatformAccount.of(Platform.TIKTOK, "@tt", 50_000, 900, null));

        assertEquals(
                0.5,
                SelectionScore.of(creator, TRAIL_RUNNING_IN_GERMANY, Platform.INSTAGRAM)
                        .engagement(),
                1e-9);
        assertNull(SelectionScore.of(creator, TRAIL_RUNNING_IN_GERMANY, Platform.YOUTUBE));
    }
}
