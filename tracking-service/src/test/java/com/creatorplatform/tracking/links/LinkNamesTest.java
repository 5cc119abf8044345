package com.creatorplatform.tracking.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkNamesTest {

    private static final LinkNames ANNA =
            new LinkNames(
                    "Winter Trails",
                    List.of(
                            new LinkNames.Account("INSTAGRAM", "anna.trails", 12_000),
                            new LinkNames.Account("TIKTOK", "anna.runs", 50_000),
                            new LinkNames.Account("YOUTUBE", "AnnaOnTrails", 50_000)));

    @Test
    void aLinkOnAPlatformCarriesTheCreatorsHandleThereAndTheCampaignsName() {
        assertEquals(new TrackingLink.Utm("anna.trails", "Winter Trails"), ANNA.utmOn("INSTAGRAM"));
    }

    @Test
    void
            aLinkOfNoKnownPlatformOrOneWithoutAnAccountCarriesTheHandleOfTheLargestAccount_theFirstOnATie() {
        assertEquals("anna.runs", ANNA.utmOn(null).source());
        assertEquals("anna.runs", ANNA.utmOn("TWITCH").source());
    }

    @Test
    void aCreatorWithoutAccountsHasNoHandle() {
        assertEquals(
                new TrackingLink.Utm(null, "Winter Trails"),
                new LinkNames("Winter Trails", List.of()).utmOn("INSTAGRAM"));
    }

    @Test
    void theCallersOwnValuesWin_andOnlyThoseLeftOutAreTakenFromTheRecords() {
        var named = ANNA.utmOn("INSTAGRAM");

        assertEquals(
                new TrackingLink.Utm("anna", "Trail Days"),
                new TrackingLink.Utm("anna", "Trail Days").or(named));
        assertEquals(
                new TrackingLink.Utm("anna", "Winter Trails"),
                new TrackingLink.Utm("anna", " ").or(named));
        assertEquals(named, new TrackingLink.Utm(null, null).or(named));
    }
}
