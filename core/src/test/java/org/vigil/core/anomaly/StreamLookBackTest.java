package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.anomaly.StreamFixtures.COLDBOX_REF;
import static org.vigil.core.anomaly.StreamFixtures.SCENARIO;
import static org.vigil.core.anomaly.StreamFixtures.SERVER_REF;
import static org.vigil.core.anomaly.StreamFixtures.START;
import static org.vigil.core.anomaly.StreamFixtures.config;
import static org.vigil.core.anomaly.StreamFixtures.failedLogins;
import static org.vigil.core.anomaly.StreamFixtures.temperature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;

/** Looking back at one stream: the live monitor's points and anomalies again, and other thresholds. */
class StreamLookBackTest {

    private static final List<Event> BURST = failedLogins(240, 200, 40, 11);
    private static final StreamKey LOGINS = new StreamKey(SERVER_REF, Metric.FAILED_LOGINS, "");
    private static final Instant END = START.plus(Duration.ofHours(4));

    /** Events in memory, as a store would give them back. */
    private record Kept(List<Event> events, boolean withRecords) implements StoredEvents {
        @Override
        public void read(String scenarioId, Instant from, Instant to, Consumer<Event> each) {
            assertThat(scenarioId).isEqualTo(SCENARIO);
            events.stream()
                    .filter(e -> !e.eventTime().isBefore(from) && !e.eventTime().isAfter(to))
                    .forEach(each);
        }
    }

    @Test
    void aLookBackFiresWhereTheLiveMonitorRaisedItsAnomalies() {
        // given the live monitor's anomalies on the server's failed logins
        List<Anomaly> live = new AnomalyMonitor(config())
                .observe(BURST).stream().filter(a -> a.stream().equals(LOGINS)).toList();

        // when the stream is looked back at over the same events
        StreamHistory history =
                new StreamLookBack(config(), new Kept(BURST, true)).of(LOGINS, START, END, LookBackProgress.NONE);

        // then the points that fire at the stream's threshold are the live anomalies, with their scores
        assertThat(history.derived()).isTrue();
        assertThat(history.kind()).isEqualTo(DetectorKind.ENSEMBLE);
        assertThat(history.threshold()).isEqualTo(0.75);
        assertThat(history.points()).hasSizeGreaterThan(200);
        assertThat(history.firedAt(history.threshold()))
                .extracting(StreamPoint::time, StreamPoint::observed, StreamPoint::score)
                .containsExactlyElementsOf(live.stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(
                                a.result().timestamp(),
                                a.result().observed(),
                                a.result().score()))
                        .toList());
        assertThat(live).hasSize(1);
    }

    /** Two days of 4 °C at ten-minute readings, then a box warming to 12.6 °C. */
    private static List<Event> warmingBox() {
        List<Event> events = new ArrayList<>();
        double[] warming = {7.5, 8.3, 8.6, 9.5, 12.6};
        for (int i = 0; i < 12; i++) {
            double celsius = i < 7 ? 4 + 0.1 * (i % 3) : warming[i - 7];
            events.add(temperature(START.plus(Duration.ofMinutes(10L * i)), celsius));
        }
        return events;
    }

    private static final StreamKey BOX = new StreamKey(COLDBOX_REF, Metric.TEMPERATURE, "TIVE-CCB-114");

    @Test
    void aLowerThresholdWouldFireMoreAndAHigherOneFewer() {
        // given a warming box looked back at
        StreamHistory history =
                new StreamLookBack(config(), new Kept(warmingBox(), true)).of(BOX, START, END, LookBackProgress.NONE);

        // then each step up in threshold fires fewer of its readings
        assertThat(history.kind()).isEqualTo(DetectorKind.BAND);
        int atDefault = history.countAt(history.defaultThreshold());
        assertThat(atDefault).isEqualTo(3);
        assertThat(history.countAt(0.75)).isLessThan(atDefault).isGreaterThan(history.countAt(0.8));
        assertThat(history.countAt(0.6)).isGreaterThanOrEqualTo(atDefault);
        assertThat(history.firedAt(0.8)).extracting(StreamPoint::observed).containsExactly(12.6);
    }

    @Test
    void theMonitorAlertsAtTheAnalystsThresholdForNewPoints() {
        // given a monitor whose box is tuned less sensitive
        StreamThresholds tuned = StreamThresholds.NONE.with(BOX, 0.8);
        AnomalyMonitor monitor = new AnomalyMonitor(config());
        monitor.useThresholds(tuned);

        // when the box warms
        List<Anomaly> anomalies = monitor.observe(warmingBox());

        // then it raises what the look-back previews at that threshold, and says the threshold used
        StreamHistory preview = new StreamLookBack(config().withThresholds(tuned), new Kept(warmingBox(), true))
                .of(BOX, START, END, LookBackProgress.NONE);
        assertThat(preview.threshold()).isEqualTo(0.8);
        assertThat(anomalies)
                .extracting(a -> a.result().timestamp())
                .containsExactlyElementsOf(
                        preview.firedAt(0.8).stream().map(StreamPoint::time).toList())
                .hasSize(1);
        assertThat(anomalies.get(0).event().raw()).contains("\"threshold\":0.8");
    }

    @Test
    void withoutRawRecordsOnlyEventRatesAreDerived() {
        // when the stored events come without their records
        StreamHistory history =
                new StreamLookBack(config(), new Kept(BURST, false)).of(LOGINS, START, END, LookBackProgress.NONE);

        // then the failed logins are not guessed at
        assertThat(history.derived()).isFalse();
        assertThat(history.points()).isEmpty();
    }

    @Test
    void aCancelledLookBackStops() {
        LookBackProgress cancelled = new LookBackProgress() {
            @Override
            public void reported(double fraction) {}

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new StreamLookBack(config(), new Kept(BURST, true)).of(LOGINS, START, END, cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
