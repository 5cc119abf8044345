package com.creatorplatform.tracking.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void anOrderLateInTheUtcEveningIsTheNextDayInBerlin() {
        Instant at = Instant.parse("2026-11-20T23:30:00Z");

        assertEquals(LocalDate.parse("2026-11-21"), ReportDays.dayOf(at, BERLIN));
        assertEquals(LocalDate.parse("2026-11-20"), ReportDays.dayOf(at, ZoneId.of("UTC")));
    }

    @Test
    void anOrderEarlyInTheUtcMorningIsThePreviousDayInLosAngeles() {
        Instant at = Instant.parse("2026-11-21T01:30:00Z");

        assertEquals(LocalDate.parse("2026-11-20"), ReportDays.dayOf(at, LOS_ANGELES));
    }

    @Test
    void aClicksMicrosecondsGiveTheSameDayAsItsInstant() {
        for (String at :
                new String[] {
                    "2026-11-20T23:30:00Z", "2026-03-29T00:59:59.999999Z", "1969-12-31T23:00:00Z"
                }) {
            Instant instant = Instant.parse(at);
            long micros = instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
            for (ZoneId zone : new ZoneId[] {BERLIN, LOS_ANGELES, ZoneId.of("Asia/Kolkata")}) {
                assertEquals(
                        ReportDays.dayOf(instant, zone),
                        ReportDays.dayOfMicros(micros, zone),
                        at + " " + zone);
            }
        }
    }

    @Test
    void daylightSavingChangeDaysLast23And25Hours() {
        // Los Angeles springs forward on 2026-03-08 and falls back on 2026-11-01.
        LocalDate spring = LocalDate.parse("2026-03-08");
        LocalDate autumn = LocalDate.parse("2026-11-01");

        assertEquals(
                Instant.parse("2026-03-08T08:00:00Z"), ReportDays.startOf(spring, LOS_ANGELES));
        assertEquals(
                Duration.ofHours(23),
                Duration.between(
                        ReportDays.startOf(spring, LOS_ANGELES),
                        ReportDays.startOf(spring.plusDays(1), LOS_ANGELES)));
        assertEquals(
                Duration.ofHours(25),
                Duration.between(
                        ReportDays.startOf(autumn, LOS_ANGELES),
                        ReportDays.startOf(autumn.plusDays(1), LOS_ANGELES)));
        // 23:59 local at the end of the 25-hour day is still that day.
        assertEquals(autumn, ReportDays.dayOf(Instant.parse("2026-11-02T07:59:00Z"), LOS_ANGELES));
    }
}
