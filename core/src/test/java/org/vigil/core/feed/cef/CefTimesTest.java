package org.vigil.core.feed.cef;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The date forms of the CEF specification's appendix, RFC 3339, zones and the year of yearless dates. */
class CefTimesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    private static Instant value(String text) {
        return CefTimes.value(text, CefTimes.UTC, RECEIVED);
    }

    @Test
    void epochMillisecondsAsTheSpecificationSaysAndSecondsBelowTheThreshold() {
        assertThat(value("1795762501000")).isEqualTo("2026-11-27T06:55:01Z");
        assertThat(value("1795762501")).isEqualTo("2026-11-27T06:55:01Z");
        assertThat(value("12345678901234567890")).isNull();
    }

    @Test
    void theSpecificationsDateFormsWithYear() {
        assertThat(value("Nov 27 2026 07:15:02")).isEqualTo("2026-11-27T07:15:02Z");
        assertThat(value("Nov 27 2026 07:15:02.123")).isEqualTo("2026-11-27T07:15:02.123Z");
        assertThat(value("Nov 27 2026 07:15:02 GMT")).isEqualTo("2026-11-27T07:15:02Z");
        assertThat(value("Nov 27 2026 07:15:02.123 UTC")).isEqualTo("2026-11-27T07:15:02.123Z");
    }

    @Test
    void theSpecificationsDateFormsWithoutYear() {
        assertThat(value("Nov 27 07:15:02")).isEqualTo("2026-11-27T07:15:02Z");
        assertThat(value("Nov 27 07:15:02.5")).isEqualTo("2026-11-27T07:15:02.500Z");
        assertThat(value("Nov 27 07:15:02 CET")).isEqualTo("2026-11-27T06:15:02Z");
        assertThat(value("Nov 27 07:15:02.250 PST")).isEqualTo("2026-11-27T15:15:02.250Z");
    }

    @Test
    void zonesAsOffsetsGmtOffsetsRegionsAndSummerAbbreviations() {
        assertThat(value("Mar 09 2026 17:05:21 GMT+00:00")).isEqualTo("2026-03-09T17:05:21Z");
        assertThat(value("Mar 09 2026 17:05:21 GMT+02:00")).isEqualTo("2026-03-09T15:05:21Z");
        assertThat(value("Mar 09 2026 17:05:21 +0100")).isEqualTo("2026-03-09T16:05:21Z");
        assertThat(value("Jul 09 2026 17:05:21 Europe/Berlin")).isEqualTo("2026-07-09T15:05:21Z");
        assertThat(value("Jul 09 2026 17:05:21 CEST")).isEqualTo("2026-07-09T15:05:21Z");
        assertThat(value("Jul 09 2026 17:05:21 PDT")).isEqualTo("2026-07-10T00:05:21Z");
        assertThat(value("Jul 09 2026 17:05:21 Mars/Olympus")).isNull();
    }

    @Test
    void aDateWithoutZoneIsReadInTheGivenZone() {
        assertThat(CefTimes.value("Nov 27 2026 08:10:00", ZoneId.of("Europe/Berlin"), RECEIVED))
                .isEqualTo("2026-11-27T07:10:00Z");
    }

    @Test
    void rfc3339Values() {
        assertThat(value("2018-02-21T14:19:00.0000000Z")).isEqualTo("2018-02-21T14:19:00Z");
        assertThat(value("2026-11-27T07:15:02+01:00")).isEqualTo("2026-11-27T06:15:02Z");
        assertThat(value("2026-11-27T07:15:02-0130")).isEqualTo("2026-11-27T08:45:02Z");
        assertThat(value("2026-11-27 07:15:02")).isEqualTo("2026-11-27T07:15:02Z");
        assertThat(value("2026-11-27T07:15:02+25:00")).isNull();
        assertThat(value("2026-13-27T07:15:02Z")).isNull();
        assertThat(value("2026-11-27T07:15:02.Z")).isNull();
        assertThat(value("2026-11-27T07:15:02Zulu")).isNull();
    }

    @Test
    void whatIsNotADateIsNull() {
        assertThat(value("")).isNull();
        assertThat(value("yesterday")).isNull();
        assertThat(value("Nov")).isNull();
        assertThat(value("Nov 27")).isNull();
        assertThat(value("Nov 27 2026")).isNull();
        assertThat(value("Nov 31 2026 07:15:02")).isNull();
        assertThat(value("Nov 27 2026 25:15:02")).isNull();
        assertThat(value("Nov 27 2026 07:15:02x")).isNull();
        assertThat(value("2026-11")).isNull();
    }

    @Test
    void aYearlessDateMoreThanAMonthAheadIsFromLastYear() {
        Instant january = Instant.parse("2027-01-02T00:10:00Z");

        assertThat(CefTimes.value("Dec 31 23:59:58", CefTimes.UTC, january)).isEqualTo("2026-12-31T23:59:58Z");
        assertThat(CefTimes.value("Jan  1 23:59:58", CefTimes.UTC, january)).isEqualTo("2027-01-01T23:59:58Z");
        assertThat(CefTimes.value("Feb  1 00:00:00", CefTimes.UTC, january)).isEqualTo("2027-02-01T00:00:00Z");
        assertThat(CefTimes.value("Feb  3 00:00:00", CefTimes.UTC, january)).isEqualTo("2026-02-03T00:00:00Z");
    }

    @Test
    void aNewYearsLineReadJustBeforeMidnightIsFromNextYear() {
        Instant newYearsEve = Instant.parse("2026-12-31T23:59:50Z");

        assertThat(CefTimes.value("Jan  1 00:00:05", CefTimes.UTC, newYearsEve)).isEqualTo("2027-01-01T00:00:05Z");
        assertThat(CefTimes.value("Jan  2 00:00:05", CefTimes.UTC, newYearsEve)).isEqualTo("2026-01-02T00:00:05Z");
    }

    @Test
    void februaryTheTwentyNinthIsFromTheLastLeapYear() {
        assertThat(value("Feb 29 10:00:00")).isEqualTo("2024-02-29T10:00:00Z");
        assertThat(value("Feb 30 10:00:00")).isNull();
    }

    @Test
    void theBsdClockReportsWhereItEnds() {
        CefTimes.Clock clock = CefTimes.clock("<13>Oct 30, 2021 10:34:23 host", 4);

        assertThat(clock).isEqualTo(new CefTimes.Clock(10, 30, 2021, 10, 34, 23, 0, 25));
    }
}
