package org.vigil.visual.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.anomaly.DetectorKind;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.StreamHistory;
import org.vigil.core.anomaly.StreamKey;
import org.vigil.core.anomaly.StreamPoint;

/** The chart's numbers without a toolkit: ranges, ticks, where points fall and which the pointer is nearest. */
class StreamChartTest {

    private static final Instant T0 = Instant.parse("2025-03-10T10:00:00Z");
    private static final StreamKey BOX = new StreamKey("s/box", Metric.TEMPERATURE, "L-1");

    private static StreamPoint point(int minute, double observed, double score) {
        return new StreamPoint(T0.plusSeconds(60L * minute), observed, 4, 2, 8, score, List.of());
    }

    private static final StreamChart CHART = new StreamChart(
            new StreamHistory(
                    BOX,
                    DetectorKind.BAND,
                    T0,
                    T0.plusSeconds(600),
                    0.7,
                    List.of(point(0, 4, 0), point(5, 8.9, 0.74), point(10, 12.6, 0.86)),
                    true),
            "°C",
            0.7,
            0.8);

    @Test
    void theValueRangeHoldsTheReadingsAndTheBandOnRoundTicks() {
        assertThat(CHART.low()).isLessThanOrEqualTo(2);
        assertThat(CHART.high()).isGreaterThanOrEqualTo(12.6);
        assertThat(CHART.valueTicks()).first().isEqualTo(CHART.low());
        assertThat(CHART.valueTicks()).allSatisfy(v -> assertThat(v % 1).isZero());
        assertThat(CHART.timeTicks()).first().isEqualTo(T0);
        assertThat(CHART.timeTicks()).last().isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void firingNowAndAtThePreviewAreToldApart() {
        assertThat(CHART.firesNow(1)).isTrue();
        assertThat(CHART.wouldFire(1)).isFalse();
        assertThat(CHART.wouldFire(2)).isTrue();
        assertThat(CHART.nextFiring(-1, 1)).isEqualTo(1);
        assertThat(CHART.nextFiring(2, 1)).isEqualTo(2);
    }

    @Test
    void thePointerFocusesTheNearestPoint() {
        ChartScale scale = new ChartScale(CHART, 50, 20, 500, 200);

        assertThat(scale.x(T0)).isEqualTo(50);
        assertThat(scale.x(T0.plusSeconds(600))).isEqualTo(550);
        assertThat(scale.y(CHART.low())).isEqualTo(220);
        assertThat(scale.nearest(320)).isEqualTo(1);
        assertThat(scale.nearest(10_000)).isEqualTo(2);
    }
}
