package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default detector explains itself and reports one incident once. */
class EnsembleDetectorTest {

    @Test
    void theDefaultDetectorIsTheEnsemble() {
        assertThat(DetectorKind.standard()).isEqualTo(DetectorKind.ENSEMBLE);
        assertThat(DetectorKind.standard().create()).isInstanceOf(EnsembleDetector.class);
    }

    @Test
    void aSpikeIsExplainedAsAboveTheRangeWithABand() {
        // given a learnt rhythm and then one point far above it
        List<SyntheticStream.Point> points =
                SyntheticStream.daily().withSpikeAt(3000, 40).points();
        AnomalyDetector detector = new EnsembleDetector();
        AnomalyResult spike = null;
        for (int i = 0; i <= 3000; i++) {
            spike = detector.score(points.get(i).timestamp(), points.get(i).value());
        }

        // then the result names the range as the main reason and gives a normal band
        assertThat(spike.score()).isGreaterThanOrEqualTo(DetectorKind.ENSEMBLE.alertThreshold());
        assertThat(spike.contributions()).isNotEmpty();
        assertThat(spike.contributions().get(0).feature()).isEqualTo("above-range");
        assertThat(spike.contributions().stream()
                        .mapToDouble(Contribution::share)
                        .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(spike.lower()).isLessThan(spike.upper());
        assertThat(spike.outsideBand()).isTrue();
    }

    @Test
    void aLastingShiftAlertsOnceNotAtEveryPoint() {
        // given a level shift that lasts
        List<SyntheticStream.Point> points =
                SyntheticStream.daily().withLevelShiftAt(3000, 60).points();

        // when scored
        List<Integer> alerts = DetectorScenarios.alerts(DetectorKind.ENSEMBLE, points, 3000);

        // then the alerts are few and spaced by the rest period
        assertThat(alerts).isNotEmpty().hasSizeLessThan(10);
        for (int i = 1; i < alerts.size(); i++) {
            assertThat(alerts.get(i) - alerts.get(i - 1)).isGreaterThan(EnsembleDetector.REST_PERIOD);
        }
    }
}
