package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.core.anomaly.StreamFixtures.COLDBOX_REF;
import static org.vigil.core.anomaly.StreamFixtures.VAN_REF;
import static org.vigil.core.anomaly.StreamFixtures.deviation;
import static org.vigil.core.anomaly.StreamFixtures.position;
import static org.vigil.core.anomaly.StreamFixtures.reading;
import static org.vigil.core.anomaly.StreamFixtures.temperature;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Gauge streams from telemetry: distance from the planned route, dwell time, cold-chain temperature. */
class TelemetryStreamsTest {

    private static final Instant T = Instant.parse("2025-03-12T06:00:00Z");

    private static RouteDistanceStream route() {
        return new RouteDistanceStream(
                new StreamKey(VAN_REF, Metric.ROUTE_DISTANCE, "BG-41-TX"), RouteDistanceStream.newDetector());
    }

    @Test
    void aPositionInsideTheRoutesGeofenceIsOnTheRouteAndAReportedDeviationIsTaken() {
        // given a van on its route
        RouteDistanceStream stream = route();

        // when it reports two positions in its corridor, then a deviation of 420 m
        MetricStream.Point first = stream.observe(reading(position(T, 38.7838, -9.0903, 71, "CORRIDOR")));
        MetricStream.Point second =
                stream.observe(reading(position(T.plusSeconds(300), 38.7247, -8.9879, 89, "CORRIDOR")));
        MetricStream.Point off = stream.observe(reading(deviation(T.plusSeconds(450), 38.7236, -8.9611, 420)));

        // then the distances are 0, 0 and the tracker's own 420 m
        assertThat(first.value()).isZero();
        assertThat(second.value()).isZero();
        assertThat(off.value()).isEqualTo(420);
    }

    @Test
    void aPositionOutsideEveryGeofenceIsMeasuredFromWhatIsKnown() {
        // given a van whose known track ends at a point of its corridor, and that then deviated by 1280 m
        RouteDistanceStream stream = route();
        stream.observe(reading(position(T, 38.7838, -9.0903, 71, "CORRIDOR")));
        stream.observe(reading(position(T.plusSeconds(60), 38.7247, -8.9879, 89, "CORRIDOR")));
        stream.observe(reading(deviation(T.plusSeconds(120), 38.7297, -8.9432, 1280)));

        // when it reports a position outside every geofence, 2.1 km further east
        MetricStream.Point away = stream.observe(reading(position(T.plusSeconds(240), 38.7353, -8.9197, 48, null)));

        // then its distance is the smaller bound: 1280 m plus the way since the deviation, not the 6 km
        // to the known track
        assertThat(away.value()).isCloseTo(1280 + RouteTrack.metres(38.7297, -8.9432, 38.7353, -8.9197), within(1.0));
        assertThat(away.value()).isBetween(3300.0, 3500.0);
    }

    @Test
    void withNothingKnownAPositionOutsideIsAGapAndOlderReadingsAreIgnored() {
        // given a van that has reported nothing about its route yet
        RouteDistanceStream stream = route();

        // when its first position lies outside every geofence
        MetricStream.Point unknown = stream.observe(reading(position(T, 38.7353, -8.9197, 48, null)));

        // then the point is a gap, and a reading older than it says nothing
        assertThat(unknown.value()).isNaN();
        assertThat(stream.observe(reading(position(T.minusSeconds(60), 38.7, -8.9, 40, "CORRIDOR"))))
                .isNull();
    }

    @Test
    void dwellIsTheTimeSinceTheVehicleStoppedAndZeroWhileItMoves() {
        // given a van's dwell stream
        DwellStream stream =
                new DwellStream(new StreamKey(VAN_REF, Metric.DWELL, "BG-41-TX"), DwellStream.newDetector());

        // when it drives, stops, stands for 12 and 27 minutes, then drives on
        double[] values = {
            stream.observe(reading(position(T, 38.7353, -8.9197, 48, null))).value(),
            stream.observe(reading(position(T.plusSeconds(130), 38.7384, -8.9019, 0, null)))
                    .value(),
            stream.observe(reading(position(T.plusSeconds(850), 38.7385, -8.902, 0, null)))
                    .value(),
            stream.observe(reading(position(T.plusSeconds(1750), 38.7385, -8.902, 0, null)))
                    .value(),
            stream.observe(reading(position(T.plusSeconds(1800), 38.70, -8.88, 60, null)))
                    .value()
        };

        // then
        assertThat(values).containsExactly(0, 0, 12, 27, 0);
    }

    @Test
    void temperatureTakesTheLimitsTheLoggerReports() {
        // given a cold box's temperature stream
        TemperatureStream stream = new TemperatureStream(
                new StreamKey(COLDBOX_REF, Metric.TEMPERATURE, "TIVE-CCB-114"), TemperatureStream.newDetector());

        // when a reading with its 2–8 °C range comes
        MetricStream.Point point = stream.observe(reading(temperature(T, 4.1)));

        // then the reading is the point and the range the detector's limits
        assertThat(point).isEqualTo(new MetricStream.Point(T, 4.1));
        assertThat(((BandDetector) stream.detector()).limits()).isEqualTo(new Limits(2, 8, 0.5));
    }
}
