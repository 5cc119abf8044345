package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.tracking.domain.attribution.CampaignStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The unique-click rule on one visitor's clicks on one link (SPEC: first within 1 hour). */
class UniqueClicksTest {

    private static final LinkTarget LINK =
            new LinkTarget(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    null,
                    null,
                    "https://shop.example/");
    private static final UUID VISITOR = UUID.randomUUID();

    @Test
    void aNewVisitorsFirstClickIsUniqueAndTheNextOnlyAfterAnHourWithoutClicks() {
        var clicks = clicks("10:59:00", "11:01:00", "11:59:00", "13:00:00");
        UniqueClicks.markUnique(clicks, null);
        assertEquals(List.of(true, false, false, true), flags(clicks));
    }

    @Test
    void clicksAreJudgedAgainstTheVisitorsLastStoredClickInTimeOrder() {
        var clicks = clicks("12:10:00", "10:00:00", "11:20:00");
        UniqueClicks.markUnique(clicks, micros("10:15:00"));
        // In time order: 10:00 is older than the stored 10:15; 11:20 is 65 minutes after it; 12:10
        // only 50 after 11:20.
        assertEquals(List.of(false, true, false), flags(clicks));
    }

    private static List<Click> clicks(String... times) {
        var clicks = new ArrayList<Click>();
        for (String time : times) {
            clicks.add(
                    new Click(
                            UUID.randomUUID(),
                            Instant.parse("2026-03-01T" + time + "Z"),
                            LINK,
                            CampaignStatus.ACTIVE,
                            VISITOR,
                            new byte[16],
                            UserAgent.of("Mozilla/5.0", false),
                            null));
        }
        return clicks;
    }

    private static List<Boolean> flags(List<Click> clicks) {
        return clicks.stream().map(Click::unique).toList();
    }

    private static long micros(String time) {
        return Instant.parse("2026-03-01T" + time + "Z").toEpochMilli() * 1_000;
    }
}
