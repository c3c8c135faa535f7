package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The band detector: limits from the first point, a learnt band once it has a history, one alert per excursion. */
class BandDetectorTest {

    private static final Instant T = Instant.parse("2025-03-12T06:00:00Z");

    private static List<AnomalyResult> scores(BandDetector detector, double... values) {
        List<AnomalyResult> results = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            results.add(detector.score(T.plusSeconds(60L * i), values[i]));
        }
        return results;
    }

    @Test
    void aValueOutsideTheLimitsIsAnAnomalyFromTheFirstPoint() {
        // given a cold box that must stay within 2–8 °C
        BandDetector detector = new BandDetector(new Limits(2, 8, 0.5));

        // when its first readings are in range and then one is above
        List<AnomalyResult> results = scores(detector, 4.1, 4.3, 8.6);

        // then only the warm one alerts, and says why
        assertThat(results.get(0).score()).isZero();
        assertThat(results.get(1).score()).isZero();
        AnomalyResult warm = results.get(2);
        assertThat(warm.isAnomaly(DetectorKind.BAND.alertThreshold())).isTrue();
        assertThat(warm.score()).isBetween(0.7, 0.75);
        assertThat(warm.contributions()).extracting(Contribution::feature).containsExactly("above-limit");
        assertThat(warm.expected()).isCloseTo(4.2, offset(1e-9));
        assertThat(warm.lower()).isEqualTo(2);
        assertThat(warm.upper()).isEqualTo(8);
    }

    @Test
    void anExcursionAlertsOnceAndAgainEachTimeItIsTwiceAsFarOut() {
        // given a corridor of 250 m around a route
        BandDetector detector = new BandDetector(new Limits(0, 250, 250));

        // when a vehicle leaves it and goes on
        List<AnomalyResult> results = scores(detector, 0, 0, 420, 500, 1280, 1400, 0, 300);

        // then: the exit, not the small step, the doubling, not the small step; back, then out again
        assertThat(results)
                .extracting(r -> r.score() > 0)
                .containsExactly(false, false, true, false, true, false, false, true);
        assertThat(results.get(4).score()).isGreaterThan(results.get(2).score());
    }

    @Test
    void onceItHasAHistoryALeapInsideTheLimitsIsAnAnomalyToo() {
        // given a box that has read 4.0–4.6 °C for a while
        BandDetector detector = new BandDetector(new Limits(2, 8, 0.5));
        for (int i = 0; i < BandDetector.WARM_UP; i++) {
            detector.score(T.plusSeconds(60L * i), 4.0 + (i % 7) * 0.1);
        }

        // when it reads 6.5 °C, inside its range
        AnomalyResult result = detector.score(T.plusSeconds(3600), 6.5);

        // then it is beyond its learnt band (4.0–4.6 with a margin of 0.5)
        assertThat(result.isAnomaly(DetectorKind.BAND.alertThreshold())).isTrue();
        assertThat(result.contributions()).extracting(Contribution::feature).containsExactly("above-band");
        assertThat(result.lower()).isEqualTo(3.5, offset(1e-9));
        assertThat(result.upper()).isEqualTo(5.1, offset(1e-9));
    }

    @Test
    void valuesOutsideTheLimitsAreNotLearnt() {
        // given a box that has spent a long time far too warm
        BandDetector detector = new BandDetector(new Limits(2, 8, 0.5));
        for (int i = 0; i < 100; i++) {
            detector.score(T.plusSeconds(60L * i), i % 2 == 0 ? 4.0 : 30.0);
        }

        // when it is too warm again after coming back
        detector.score(T.plusSeconds(7000), 4.0);
        AnomalyResult again = detector.score(T.plusSeconds(7060), 30.0);

        // then it is still an anomaly: 30 °C never became normal
        assertThat(again.isAnomaly(DetectorKind.BAND.alertThreshold())).isTrue();
    }

    @Test
    void newLimitsApplyFromTheNextPointAndAreSaved() {
        // given a detector without limits
        BandDetector detector = new BandDetector(Limits.tolerance(0.5));
        assertThat(detector.score(T, 12).score()).isZero();

        // when the logger reports its range
        detector.limits(new Limits(2, 8, 0.5));

        // then it holds from then on, also after a restore
        AnomalyDetector restored = detector.snapshot().restore();
        assertThat(restored.score(T.plusSeconds(60), 12).score()).isGreaterThanOrEqualTo(0.7);
        assertThat(((BandDetector) restored).limits()).isEqualTo(new Limits(2, 8, 0.5));
    }
}
