package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.anomaly.StreamFixtures.COLDBOX_REF;
import static org.vigil.core.anomaly.StreamFixtures.SERVER_REF;
import static org.vigil.core.anomaly.StreamFixtures.START;
import static org.vigil.core.anomaly.StreamFixtures.VAN_REF;
import static org.vigil.core.anomaly.StreamFixtures.config;
import static org.vigil.core.anomaly.StreamFixtures.deviation;
import static org.vigil.core.anomaly.StreamFixtures.failedLogins;
import static org.vigil.core.anomaly.StreamFixtures.position;
import static org.vigil.core.anomaly.StreamFixtures.temperature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.vigil.VigilJsonLinesParser;

/** The monitor on synthetic streams: what it raises, what the anomaly events say, what it keeps. */
class AnomalyMonitorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A quiet failed-login stream (0–3 a minute) for four hours, with 40 in minute 200. */
    private static final List<Event> BURST = failedLogins(240, 200, 40, 11);

    @Test
    void aBurstOfFailedLoginsIsOneAnomalyOnTheServer() {
        // given a monitor with the fleet's default streams
        AnomalyMonitor monitor = new AnomalyMonitor(config());

        // when four hours of failed logins with one burst go by
        List<Anomaly> anomalies = monitor.observe(BURST);

        // then the burst's minute, and only it, is an anomaly of the server's failed logins
        List<Anomaly> logins = anomalies.stream()
                .filter(a -> a.stream().metric() == Metric.FAILED_LOGINS)
                .toList();
        assertThat(logins).hasSize(1);
        Anomaly burst = logins.get(0);
        assertThat(burst.stream()).isEqualTo(new StreamKey(SERVER_REF, Metric.FAILED_LOGINS, ""));
        assertThat(burst.result().observed()).isEqualTo(40);
        assertThat(burst.result().timestamp()).isEqualTo(START.plus(Duration.ofMinutes(201)));
        assertThat(burst.event().assetIds()).containsExactly(SERVER_REF);
        // raised by the first event past the bucket's end
        Event trigger = BURST.stream()
                .filter(e -> e.id().equals(burst.triggeredBy()))
                .findFirst()
                .orElseThrow();
        assertThat(trigger.eventTime()).isAfterOrEqualTo(START.plus(Duration.ofMinutes(201)));
    }

    @Test
    void anAnomalyEventIsAVigilEventOnTheStreamsAssetWithTheDetectorsWords() throws Exception {
        // given the burst's anomaly
        Anomaly burst = new AnomalyMonitor(config())
                .observe(BURST).stream()
                        .filter(a -> a.stream().metric() == Metric.FAILED_LOGINS)
                        .findFirst()
                        .orElseThrow();
        Event event = burst.event();

        // then it is an anomaly event in Vigil's own format
        assertThat(event.source()).isEqualTo("anomaly");
        assertThat(event.format()).isEqualTo(FeedFormat.VIGIL);
        assertThat(event.category()).isEqualTo(EventCategory.ANOMALY);
        assertThat(event.severity()).isEqualTo(EventSeverity.HIGH);
        assertThat(event.summary())
                .startsWith("Anomaly: failed logins on web-server 40 in 1 min")
                .contains(", score 1");
        JsonNode fields = JSON.readTree(event.raw()).get("fields");
        assertThat(fields.get("scenario").asText()).isEqualTo("minimal");
        assertThat(fields.get("asset").asText()).isEqualTo("web-server");
        assertThat(fields.get("stream").asText()).isEqualTo("minimal/web-server failed-logins");
        assertThat(fields.get("metric").asText()).isEqualTo("failed-logins");
        assertThat(fields.get("detector").asText()).isEqualTo("ensemble");
        assertThat(fields.get("observed").asDouble()).isEqualTo(40);
        assertThat(fields.get("score").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(fields.get("threshold").asDouble()).isEqualTo(0.75);
        assertThat(fields.get("bucket_seconds").asInt()).isEqualTo(60);
        assertThat(fields.get("contributions").get(0).get("feature").asText()).isEqualTo("above-range");

        // and read back as Vigil JSON Lines it is the same event
        ParseOutcome reread = new VigilJsonLinesParser().parse(new RawRecord("anomalies.jsonl", 0, event.raw()), START);
        Event again = ((ParseOutcome.Parsed) reread).events().get(0);
        assertThat(again.id()).isEqualTo(event.id());
        assertThat(again.eventTime()).isEqualTo(event.eventTime());
        assertThat(again.category()).isEqualTo(event.category());
        assertThat(again.severity()).isEqualTo(event.severity());
        assertThat(again.summary()).isEqualTo(event.summary());
    }

    @Test
    void aVanLeavingItsRouteAndABoxWarmingAreAnomaliesAtOnce() {
        // given a monitor that has seen a van in its corridor and a box at 4 °C
        AnomalyMonitor monitor = new AnomalyMonitor(config());
        monitor.observe(List.of(
                position(START, 38.7838, -9.0903, 71, "CORRIDOR"),
                temperature(START.plusSeconds(30), 4.1),
                position(START.plusSeconds(300), 38.7247, -8.9879, 89, "CORRIDOR")));

        // when the van deviates by 420 m and the box reads 8.9 °C
        Event off = deviation(START.plusSeconds(450), 38.7236, -8.9611, 420);
        Event warm = temperature(START.plusSeconds(500), 8.9);
        List<Anomaly> route = monitor.observe(off);
        List<Anomaly> box = monitor.observe(warm);

        // then each reading is an anomaly of its asset, dated and triggered by the reading, with its entities
        assertThat(route).singleElement().satisfies(a -> {
            assertThat(a.stream()).isEqualTo(new StreamKey(VAN_REF, Metric.ROUTE_DISTANCE, "BG-41-TX"));
            assertThat(a.triggeredBy()).isEqualTo(off.id());
            assertThat(a.event().eventTime()).isEqualTo(off.eventTime());
            assertThat(a.event().assetIds()).containsExactly(VAN_REF);
            assertThat(a.event().entities()).contains(new Entity(EntityType.VEHICLE_ID, "BG-41-TX"));
            assertThat(a.event().summary())
                    .isEqualTo("Anomaly: route distance on van (BG-41-TX) 420 m, expected 0 m, normal 0 to 250 m,"
                            + " score 0.85");
        });
        assertThat(box).singleElement().satisfies(a -> {
            assertThat(a.stream()).isEqualTo(new StreamKey(COLDBOX_REF, Metric.TEMPERATURE, "TIVE-CCB-114"));
            assertThat(a.event().severity()).isEqualTo(EventSeverity.LOW);
            assertThat(a.event().raw()).contains("\"event\":\"" + warm.id() + "\"");
        });
    }

    @Test
    void itsOwnAnomalyEventsAreNotWatched() {
        // given an anomaly event
        AnomalyMonitor monitor = new AnomalyMonitor(config());
        Event anomaly = monitor.observe(BURST).get(0).event();
        int streams = monitor.streamCount();

        // when it is fed back
        List<Anomaly> again = monitor.observe(anomaly);

        // then nothing is counted or raised
        assertThat(again).isEmpty();
        assertThat(monitor.streamCount()).isEqualTo(streams);
    }

    @Test
    void theLeastRecentlyFedStreamsAreForgottenBeyondTheCap() {
        // given a monitor that keeps three streams
        AnomalyMonitor monitor = new AnomalyMonitor(config().withMaxStreams(3));

        // when a failed login feeds the server's event rate and failed logins, a box its temperature,
        // then a van its route distance and dwell
        monitor.observe(List.of(
                StreamFixtures.login(START, true, 0),
                temperature(START.plusSeconds(1), 4.1),
                position(START.plusSeconds(2), 38.7838, -9.0903, 71, "CORRIDOR")));

        // then the server's streams went, and are to be deleted at the next save
        MonitorState unsaved = monitor.unsaved();
        assertThat(monitor.streamCount()).isEqualTo(3);
        assertThat(unsaved.streams())
                .extracting(s -> s.key().metric())
                .containsExactlyInAnyOrder(Metric.TEMPERATURE, Metric.ROUTE_DISTANCE, Metric.DWELL);
        assertThat(unsaved.forgotten())
                .extracting(StreamKey::metric)
                .containsExactly(Metric.EVENT_RATE, Metric.FAILED_LOGINS);
    }

    @Test
    void aRestoredMonitorGoesOnExactlyAsTheOneThatNeverStopped() {
        // given two monitors that saw the first two hours, and a copy of one restored from its state
        List<Event> firstHalf = BURST.stream()
                .filter(e -> e.eventTime().isBefore(START.plus(Duration.ofHours(2))))
                .toList();
        List<Event> secondHalf = BURST.subList(firstHalf.size(), BURST.size());
        AnomalyMonitor running = new AnomalyMonitor(config());
        AnomalyMonitor stopped = new AnomalyMonitor(config());
        running.observe(firstHalf);
        stopped.observe(firstHalf);
        AnomalyMonitor restored = AnomalyMonitor.restore(config(), stopped.state());

        // when both go on with the rest
        List<Anomaly> fromRunning = new ArrayList<>(running.observe(secondHalf));
        List<Anomaly> fromRestored = new ArrayList<>(restored.observe(secondHalf));

        // then they raise the same anomalies and end in the same state
        assertThat(fromRestored).isEqualTo(fromRunning).isNotEmpty();
        assertThat(restored.state()).isEqualTo(running.state());
    }

    @Test
    void businessMetricsGetTheSeasonalDetectorAndTelemetryTheBand() {
        // given a monitor fed an order and a temperature
        AnomalyMonitor monitor = new AnomalyMonitor(config().with(ScenarioStreams.defaults(StreamFixtures.fleet())
                .with(StreamFixtures.SERVER, java.util.EnumSet.of(Metric.ORDERS))));
        Event order = new Event(
                "order-1",
                START,
                START,
                "shop.log",
                FeedFormat.WAZUH,
                EventCategory.WEB,
                EventSeverity.INFO,
                "Web shop: order placed",
                List.of(),
                List.of(),
                List.of(SERVER_REF),
                "{\"data\":{\"event\":\"order.created\",\"order_id\":\"ORD-1\"}}");
        monitor.observe(List.of(order, temperature(START.plusSeconds(1), 4.2)));

        // then
        assertThat(monitor.state().streams())
                .extracting(s -> s.key().metric(), StreamState::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Metric.ORDERS, DetectorKind.SEASONAL),
                        org.assertj.core.groups.Tuple.tuple(Metric.TEMPERATURE, DetectorKind.BAND));
    }

    @Test
    void defaultStreamsFollowTheAssetsKinds() {
        // when
        ScenarioStreams streams = ScenarioStreams.defaults(StreamFixtures.fleet());

        // then
        assertThat(streams.of(StreamFixtures.VAN)).containsExactly(Metric.ROUTE_DISTANCE, Metric.DWELL);
        assertThat(streams.of(StreamFixtures.COLDBOX)).containsExactly(Metric.TEMPERATURE);
        assertThat(streams.of(StreamFixtures.SERVER))
                .containsExactly(
                        Metric.EVENT_RATE,
                        Metric.FAILED_LOGINS,
                        Metric.DISTINCT_DESTINATIONS,
                        Metric.BYTES_OUT,
                        Metric.NEW_DOMAINS);
        assertThat(streams.of("no-such-asset")).isEmpty();
    }

    static Instant minute(int n) {
        return START.plus(Duration.ofMinutes(n));
    }
}
