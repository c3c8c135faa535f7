package org.vigil.content.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.PilotReplay;
import org.vigil.core.anomaly.Anomaly;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.Metric;
import org.vigil.core.anomaly.ScenarioStreams;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentEvent;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/**
 * The pharmacy pilot's story as the anomaly monitor sees it: the armoured van leaving its route and
 * the cold boxes warming become anomaly events on their assets, stored for the analyst, and the
 * pack's transit rule turns them into one incident. Timeline events are named by their index.
 */
class PharmacyAnomalyStoryTest {

    private static final Scenario PHARMACY = PilotReplay.pilot("pharmacy-delivery");
    private static final Set<Metric> TELEMETRY = Set.of(Metric.ROUTE_DISTANCE, Metric.DWELL, Metric.TEMPERATURE);

    @TempDir
    Path folder;

    /** The anomalies of a replay of the timeline from {@code from} to {@code to}, with their indexes. */
    private record Replayed(List<Anomaly> anomalies, Map<String, Integer> indexOf) {
        int indexOf(Anomaly anomaly) {
            return indexOf.get(anomaly.triggeredBy());
        }
    }

    private static Replayed replay(Workspace workspace, int from, int to) {
        List<Anomaly> anomalies = new ArrayList<>();
        Map<String, Integer> indexOf =
                PilotReplay.replay(PHARMACY, workspace, IncidentListener.NONE, anomalies::addAll, from, to);
        return new Replayed(anomalies, indexOf);
    }

    @Test
    void theDefaultStreamsWatchTheVansRouteAndDwellAndTheBoxesTemperature() {
        // when
        ScenarioStreams streams =
                AnomalyConfig.defaults(List.of(PHARMACY)).scenarios().get(0);

        // then
        assertThat(streams.of("armoured-van")).containsExactly(Metric.ROUTE_DISTANCE, Metric.DWELL);
        assertThat(streams.of("coldbox-114")).containsExactly(Metric.TEMPERATURE);
        assertThat(streams.of("cold-room")).contains(Metric.TEMPERATURE);
        assertThat(streams.of("shop-web")).contains(Metric.EVENT_RATE, Metric.FAILED_LOGINS, Metric.ORDERS);
        assertThat(streams.of("online-rx-ordering")).containsExactly(Metric.ORDERS, Metric.PAYMENTS);
    }

    @Test
    void theVanLeavingItsRouteAndTheBoxesWarmingAreTheTelemetrysAnomalies() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // when the whole pilot is replayed
            Replayed replayed = replay(workspace, 0, PHARMACY.timeline().size());

            // then the telemetry raised exactly these: the van 420 m off its route (the tracker's
            // deviation, 53), 1280 m (its corridor exit, 54) and about 3.4 km (a position outside
            // every geofence that no tracker alarm covers, 55); box 117 at 8.9 and 12.6 °C, box 114 at
            // 8.6 and 11.9 °C. Routine positions, stops, the lid-open 7.4 °C still within range and the
            // cold room's readings raised nothing.
            List<Anomaly> telemetry = replayed.anomalies().stream()
                    .filter(a -> TELEMETRY.contains(a.stream().metric()))
                    .toList();
            assertThat(telemetry)
                    .extracting(a -> a.stream().assetId(), a -> a.stream().metric(), replayed::indexOf)
                    .containsExactly(
                            tuple("armoured-van", Metric.ROUTE_DISTANCE, 53),
                            tuple("armoured-van", Metric.ROUTE_DISTANCE, 54),
                            tuple("armoured-van", Metric.ROUTE_DISTANCE, 55),
                            tuple("coldbox-117", Metric.TEMPERATURE, 68),
                            tuple("coldbox-114", Metric.TEMPERATURE, 69),
                            tuple("coldbox-117", Metric.TEMPERATURE, 73),
                            tuple("coldbox-114", Metric.TEMPERATURE, 74));
            assertThat(telemetry)
                    .extracting(a -> a.result().observed())
                    .startsWith(420.0, 1280.0)
                    .endsWith(8.9, 8.6, 12.6, 11.9);
            assertThat(telemetry.get(2).result().observed()).isBetween(3300.0, 3500.0);
            assertThat(telemetry.get(0).event().summary())
                    .isEqualTo("Anomaly: route distance on armoured-van (BG-41-TX) 420 m, expected 0 m, normal 0 to"
                            + " 250 m, score 0.85");
            assertThat(telemetry.get(3).event().summary())
                    .isEqualTo("Anomaly: temperature on coldbox-117 (TIVE-CCB-117) 8.9 \u00b0C, expected 3.8 \u00b0C,"
                            + " normal 2 to 8 \u00b0C, score 0.74");

            // and each is stored, on its asset, for the analyst to see
            for (Anomaly anomaly : telemetry) {
                assertThat(workspace.events().assetsOf(anomaly.event().id()))
                        .containsExactly("pharmacy-delivery/" + anomaly.stream().assetId());
                assertThat(anomaly.event().category()).isEqualTo(EventCategory.ANOMALY);
            }
        }
    }

    @Test
    void theTransitRuleTurnsTheAnomaliesIntoOneIncident() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.vigil"))) {
            // when the whole pilot is replayed
            replay(workspace, 0, PHARMACY.timeline().size());

            // then the transit incident holds the anomaly events, as the analyst reads them
            IncidentSummary transit = workspace.incidents().list(100).stream()
                    .filter(s -> s.title().startsWith("Anomalies in transit"))
                    .findFirst()
                    .orElseThrow();
            assertThat(transit.severity()).isEqualTo(EventSeverity.HIGH);
            List<IncidentEvent> events = workspace.incidents().events(transit.id(), 100);
            assertThat(events).hasSize(7).allSatisfy(e -> assertThat(e.source()).isEqualTo("anomaly"));
            assertThat(events.get(0).summary()).startsWith("Anomaly: route distance on armoured-van");
            Incident incident = workspace.incidents().find(transit.id()).orElseThrow();
            assertThat(incident.group()).isEqualTo(Map.of("fields.scenario", "pharmacy-delivery"));
        }
    }

    @Test
    void aRestartInTheMiddleOfTheStoryForgetsNothing() throws Exception {
        // given the story told without a break
        List<String> uninterrupted;
        try (Workspace workspace = Workspace.open(folder.resolve("once.vigil"))) {
            uninterrupted = replay(workspace, 0, PHARMACY.timeline().size()).anomalies().stream()
                    .map(a -> a.event().id())
                    .toList();
        }

        // when it is told up to the van's last position off its route, the workspace is closed, and
        // the rest is told after opening it again
        Path file = folder.resolve("twice.vigil");
        List<String> inTwoParts = new ArrayList<>();
        try (Workspace workspace = Workspace.open(file)) {
            replay(workspace, 0, 60)
                    .anomalies()
                    .forEach(a -> inTwoParts.add(a.event().id()));
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.detectorStates().streamCount()).isPositive();
            replay(workspace, 60, PHARMACY.timeline().size())
                    .anomalies()
                    .forEach(a -> inTwoParts.add(a.event().id()));
        }

        // then the same anomaly events, with the same scores and expected values, are raised
        assertThat(inTwoParts).isEqualTo(uninterrupted).hasSizeGreaterThanOrEqualTo(7);
    }
}
