package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClickRollupTest {

    private static final Function<UUID, ZoneId> UTC = brand -> ZoneId.of("UTC");
    private static final UUID BRAND = UUID.randomUUID();
    private static final UUID CAMPAIGN = UUID.randomUUID();
    private static final UUID CREATOR = UUID.randomUUID();
    private static final UUID POST = UUID.randomUUID();
    private static final LinkTarget POST_LINK =
            new LinkTarget(
                    UUID.randomUUID(),
                    BRAND,
                    CAMPAIGN,
                    CREATOR,
                    POST,
                    "instagram",
                    "https://shop.example/");
    private static final LinkTarget PLAIN_LINK =
            new LinkTarget(
                    UUID.randomUUID(),
                    BRAND,
                    CAMPAIGN,
                    CREATOR,
                    null,
                    null,
                    "https://shop.example/");

    @Test
    void clicksCountOnTheirDayInTheBrandsZone_uniqueOnlyWhenHuman_botsAmongTheClicks() {
        var rollup =
                ClickRollup.of(
                        List.of(
                                click(POST_LINK, "2026-03-01T23:59:59.999Z", false, true),
                                click(POST_LINK, "2026-03-01T08:00:00Z", false, false),
                                click(
                                        POST_LINK,
                                        "2026-03-01T09:00:00Z",
                                        true,
                                        true), // a bot's first click is no unique click
                                click(POST_LINK, "2026-03-02T00:00:00Z", false, true)),
                        UTC);

        assertEquals(2, rollup.size());
        assertEquals(
                new ClickRollup.Counts(3, 1, 1), rollup.get(key(POST, "instagram", "2026-03-01")));
        assertEquals(
                new ClickRollup.Counts(1, 1, 0), rollup.get(key(POST, "instagram", "2026-03-02")));
    }

    @Test
    void aClickLateInTheUtcEveningCountsOnTheNextDayOfABrandInBerlin() {
        var rollup =
                ClickRollup.of(
                        List.of(click(POST_LINK, "2026-03-01T23:30:00Z", false, true)),
                        brand -> ZoneId.of("Europe/Berlin"));

        assertEquals(
                new ClickRollup.Counts(1, 1, 0), rollup.get(key(POST, "instagram", "2026-03-02")));
    }

    @Test
    void aLinkOfNoPostAndNoKnownPlatformCountsUnderTheNilPostAndTheEmptyPlatform() {
        var rollup =
                ClickRollup.of(
                        List.of(
                                click(PLAIN_LINK, "2026-03-01T12:00:00Z", false, true),
                                click(POST_LINK, "2026-03-01T12:00:00Z", false, true)),
                        UTC);

        assertEquals(
                new ClickRollup.Counts(1, 1, 0), rollup.get(key(new UUID(0, 0), "", "2026-03-01")));
        assertEquals(
                new ClickRollup.Counts(1, 1, 0), rollup.get(key(POST, "instagram", "2026-03-01")));
    }

    @Test
    void rowsComeInOneOrder_whateverTheOrderOfTheClicks() {
        var first = click(POST_LINK, "2026-03-02T12:00:00Z", false, true);
        var second = click(PLAIN_LINK, "2026-03-01T12:00:00Z", false, true);

        assertEquals(
                List.copyOf(ClickRollup.of(List.of(first, second), UTC).keySet()),
                List.copyOf(ClickRollup.of(List.of(second, first), UTC).keySet()));
    }

    private static ClickRollup.Key key(UUID post, String platform, String day) {
        return new ClickRollup.Key(BRAND, LocalDate.parse(day), CAMPAIGN, CREATOR, post, platform);
    }

    private static Click click(LinkTarget link, String at, boolean bot, boolean unique) {
        var click =
                new Click(
                        UUID.randomUUID(),
                        Instant.parse(at),
                        link,
                        CampaignStatus.ACTIVE,
                        UUID.randomUUID(),
                        new byte[16],
                        UserAgent.of("Mozilla/5.0", bot),
                        null);
        click.unique(unique);
        return click;
    }
}
