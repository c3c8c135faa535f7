package org.vigil.visual.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time axis: round, readable ticks, with the date where a day begins. */
class TimeTicksTest {

    @Test
    void ticksFallOnRoundStepsFarEnoughApart() {
        // given six hours across 600 px, ticks at least 90 px apart
        TimeScale scale =
                new TimeScale(Instant.parse("2025-03-16T21:10:00Z"), Instant.parse("2025-03-17T03:10:00Z"), 600);

        // when
        List<TimeTicks.Tick> ticks = new TimeTicks(ZoneOffset.UTC).ticks(scale, 90);

        // then: one hour is 100 px, the smallest round step of at least 90 px
        assertThat(ticks)
                .extracting(TimeTicks.Tick::at)
                .containsExactly(
                        Instant.parse("2025-03-16T22:00:00Z"),
                        Instant.parse("2025-03-16T23:00:00Z"),
                        Instant.parse("2025-03-17T00:00:00Z"),
                        Instant.parse("2025-03-17T01:00:00Z"),
                        Instant.parse("2025-03-17T02:00:00Z"),
                        Instant.parse("2025-03-17T03:00:00Z"));
        assertThat(ticks)
                .extracting(TimeTicks.Tick::precision)
                .as("midnight says the day")
                .containsExactly(
                        TimeTicks.Precision.MINUTE,
                        TimeTicks.Precision.MINUTE,
                        TimeTicks.Precision.DAY,
                        TimeTicks.Precision.MINUTE,
                        TimeTicks.Precision.MINUTE,
                        TimeTicks.Precision.MINUTE);
        assertThat(ticks.get(1).x() - ticks.get(0).x()).isCloseTo(100, within(1e-6));
    }

    @Test
    void hoursFallOnWholeLocalHoursInAHalfHourZone() {
        TimeScale scale =
                new TimeScale(Instant.parse("2025-03-17T00:00:00Z"), Instant.parse("2025-03-17T06:00:00Z"), 600);

        List<TimeTicks.Tick> ticks = new TimeTicks(ZoneId.of("Asia/Kolkata")).ticks(scale, 90);

        assertThat(ticks)
                .allSatisfy(
                        t -> assertThat(t.at().atZone(ZoneId.of("Asia/Kolkata")).getMinute())
                                .isZero());
    }

    @Test
    void monthsAreCountedOnTheCalendar() {
        TimeScale year =
                new TimeScale(Instant.parse("2024-11-20T00:00:00Z"), Instant.parse("2025-11-20T00:00:00Z"), 700);

        List<TimeTicks.Tick> ticks = new TimeTicks(ZoneOffset.UTC).ticks(year, 90);

        assertThat(ticks)
                .extracting(TimeTicks.Tick::at)
                .startsWith(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(ticks.get(0).precision()).isEqualTo(TimeTicks.Precision.YEAR);
        assertThat(ticks.get(1).precision()).isEqualTo(TimeTicks.Precision.MONTH);
    }
}
