package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.anomaly.DetectorScenarios.WARM_UP;
import static org.vigil.core.anomaly.DetectorScenarios.alerts;
import static org.vigil.core.anomaly.DetectorScenarios.delay;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every detector must find on a daily rhythm with noise, and what it must leave alone, at its
 * default threshold. Delays are in points (five minutes each).
 */
class DetectorBehaviourTest {

    private static final int AT = 3000;
    /** Noise of σ 1 on a swing of ±20: a new spike or shift of 30–40 is plain to a person. */
    private static final SyntheticStream DAILY = SyntheticStream.daily();

    @ParameterizedTest
    @EnumSource(DetectorKind.class)
    void raisesNothingOnACleanStreamAfterWarmUp(DetectorKind kind) {
        // given fifteen quiet days, with three different noises
        for (long seed : new long[] {7, 8, 9}) {
            List<SyntheticStream.Point> points = DAILY.withSeed(seed).points();

            // when the detector has learnt for a while
            List<Integer> alerts = alerts(kind, points, WARM_UP);

            // then it stays quiet
            assertThat(alerts).as("%s, seed %d", kind, seed).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DetectorKind.class,
            names = {"ENSEMBLE", "SEASONAL", "RANDOM_CUT_FOREST"})
    void findsASpikeAtOnce(DetectorKind kind) {
        // given one point 40 above the rhythm
        List<SyntheticStream.Point> points = DAILY.withSpikeAt(AT, 40).points();

        // then it is the point that alerts
        assertThat(delay(kind, points, AT)).isZero();
    }

    @ParameterizedTest
    @EnumSource(DetectorKind.class)
    void findsADipAtOnce(DetectorKind kind) {
        // given one point 40 below the rhythm
        List<SyntheticStream.Point> points = DAILY.withSpikeAt(AT, -40).points();

        // then it is the point that alerts
        assertThat(delay(kind, points, AT)).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = DetectorKind.class,
            names = {"ENSEMBLE", "SEASONAL", "RANDOM_CUT_FOREST"})
    void findsALevelShiftAtOnce(DetectorKind kind) {
        // given everything 30 higher from one point on
        List<SyntheticStream.Point> points = DAILY.withLevelShiftAt(AT, 30).points();

        // then the first shifted point alerts
        assertThat(delay(kind, points, AT)).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = DetectorKind.class,
            names = {"ENSEMBLE", "SEASONAL", "RANDOM_CUT_FOREST"})
    void findsADriftWithinADay(DetectorKind kind) {
        // given a rise of 0.2 a point: lost in the noise at first, 60 higher after a day
        for (long seed : new long[] {7, 8, 9}) {
            List<SyntheticStream.Point> points =
                    DAILY.withSeed(seed).withDriftFrom(AT, 0.2).points();

            // then it is found before a day has passed
            assertThat(delay(kind, points, AT)).as("%s, seed %d", kind, seed).isBetween(0, SyntheticStream.DAY);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DetectorKind.class,
            names = {"ENSEMBLE", "CONTEXTUAL", "SEASONAL"})
    void findsARhythmThatStops(DetectorKind kind) {
        // given half a day at the mean level, without the daily swing, from three hours into a day
        int at = 10 * SyntheticStream.DAY + 36;
        List<SyntheticStream.Point> points = DAILY.withFlatFrom(at, 144).points();

        // then it is found within the half day
        assertThat(delay(kind, points, at)).isBetween(0, 144);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 2000})
    void scoresStayBetweenZeroAndOne(int height) {
        for (DetectorKind kind : DetectorKind.values()) {
            AnomalyDetector detector = kind.create();
            for (SyntheticStream.Point point : DAILY.withSpikeAt(AT, height).points()) {
                double score = detector.score(point.timestamp(), point.value()).score();
                assertThat(score).as("%s", kind).isBetween(0.0, 1.0);
            }
        }
    }
}
