package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anomaly summaries read back into the numbers {@link AnomalyEvents#summary} wrote. */
class AnomalySummaryTest {

    private static final Instant T = Instant.parse("2025-03-12T06:26:18Z");

    private static AnomalySummary roundTrip(StreamKey stream, AnomalyResult result, long bucket) {
        String text = AnomalyEvents.summary(stream, result, bucket);
        return AnomalySummary.parse(stream.scenarioId(), text).orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void aGaugesSummaryGivesItsStreamValuesBandAndScore() {
        StreamKey van = new StreamKey("pharmacy-delivery/armoured-van", Metric.ROUTE_DISTANCE, "BG-41-TX");

        AnomalySummary read = roundTrip(van, new AnomalyResult(T, 420, 0.848, 0, 0, 250, List.of()), 0);

        assertThat(read).isEqualTo(new AnomalySummary(van, 420, 0, 0, 250, 0.85));
    }

    @Test
    void aRatesSummaryGivesItsCategoryAndAnOpenBand() {
        StreamKey rate = new StreamKey("retail/office-lan", Metric.EVENT_RATE, "network_connection");
        StreamKey logins = new StreamKey("retail/web", Metric.FAILED_LOGINS, "");

        AnomalySummary byCategory = roundTrip(rate, new AnomalyResult(T, 14, 0.91, 2.5, Double.NaN, 6, List.of()), 60);
        AnomalySummary unknown =
                roundTrip(logins, new AnomalyResult(T, 40, 1, Double.NaN, Double.NaN, Double.NaN, List.of()), 60);

        assertThat(byCategory.stream()).isEqualTo(rate);
        assertThat(byCategory.lower()).isNaN();
        assertThat(byCategory.upper()).isEqualTo(6);
        assertThat(byCategory.expected()).isEqualTo(2.5);
        assertThat(unknown.stream()).isEqualTo(logins);
        assertThat(unknown.observed()).isEqualTo(40);
        assertThat(unknown.expected()).isNaN();
        assertThat(unknown.score()).isEqualTo(1);
    }

    @Test
    void otherSummariesAreNotAnomalies() {
        assertThat(AnomalySummary.parse("s", "sshd: Failed password for root")).isEmpty();
    }
}
