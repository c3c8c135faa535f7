package org.vigil.bench.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFrameTimesTest {

    @Test
    void theMedianOfAnOddNumberOfLaunchesIsTheMiddleOne() {
        FirstFrameTimes times = new FirstFrameTimes(List.of(ms(900), ms(3_100), ms(850), ms(920), ms(1_010)));

        assertThat(times.median()).isEqualTo(ms(920));
        assertThat(times.min()).isEqualTo(ms(850));
        assertThat(times.max()).isEqualTo(ms(3_100));
    }

    @Test
    void theMedianOfAnEvenNumberOfLaunchesLiesBetweenTheMiddleTwo() {
        FirstFrameTimes times = new FirstFrameTimes(List.of(ms(1_000), ms(800), ms(1_200), ms(900)));

        assertThat(times.median()).isEqualTo(ms(950));
    }

    @Test
    void noLaunchIsNoMeasurement() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FirstFrameTimes(List.of()));
    }

    @Test
    void theLaunchersFirstFrameFileIsReadAsAnInstant() {
        Instant shownAt = ChildLaunches.shownAt("2026-11-27T16:10:02.912533788Z" + System.lineSeparator());

        assertThat(shownAt).isEqualTo(Instant.parse("2026-11-27T16:10:02.912533788Z"));
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
