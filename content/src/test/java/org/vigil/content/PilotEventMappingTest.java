package org.vigil.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.TimelineEvent;
import org.vigil.core.scenario.ScenarioReader;

/**
 * The pilots' scripted events, read by the real parsers of their monitors' products, map to the
 * assets the scenario says they concern: the identifiers in the packs and the mapping agree.
 */
class PilotEventMappingTest {

    private final List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
    private final AssetMapper mapper = new AssetMapper(pilots);

    private Scenario pilot(String id) {
        return pilots.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The asset and those it shares a dependency with: an alert from a host's agent is about the
     * host, while the scenario may name the application that host runs.
     */
    private static List<String> nearby(Scenario scenario, String assetId) {
        List<String> ids = new ArrayList<>(List.of(assetId));
        scenario.dependenciesInto(assetId).forEach(d -> ids.add(d.fromId()));
        scenario.dependenciesOutOf(assetId).forEach(d -> ids.add(d.toId()));
        return ids.stream().map(id -> scenario.id() + "/" + id).toList();
    }

    /** Parses each timeline event of a monitor product and checks where it maps. */
    private void assertEventsMapToTheirAssets(Scenario scenario, String product, FeedParser parser) {
        List<String> monitors = scenario.monitors().stream()
                .filter(m -> m.product().toLowerCase().contains(product))
                .map(Monitor::id)
                .toList();
        List<TimelineEvent> scripted = scenario.timeline().stream()
                .filter(e -> monitors.contains(e.monitorId()) && e.assetId().isPresent())
                .toList();
        assertThat(scripted).as(product + " events in " + scenario.id()).isNotEmpty();
        int mappedToTheirAsset = 0;
        for (TimelineEvent scriptedEvent : scripted) {
            ParseOutcome outcome =
                    parser.parse(new RawRecord(scenario.id(), 0, scriptedEvent.fieldsJson()), Instant.EPOCH);
            assertThat(outcome).as(scriptedEvent.fieldsJson()).isInstanceOf(ParseOutcome.Parsed.class);
            List<String> nearby = nearby(scenario, scriptedEvent.assetId().get());
            boolean mapped = ((ParseOutcome.Parsed) outcome)
                    .events().stream()
                            .anyMatch(e -> mapper.map(e).assetIds().stream().anyMatch(nearby::contains));
            if (mapped) {
                mappedToTheirAsset++;
            }
        }
        assertThat(mappedToTheirAsset)
                .as(product + " events of " + scenario.id() + " mapped to the asset named or a neighbour")
                .isGreaterThanOrEqualTo(scripted.size() * 7 / 10);
    }

    @Test
    void pharmacyTelemetryMapsToTheVehiclesAndSensorsItComesFrom() {
        Scenario pharmacy = pilot("pharmacy-delivery");
        List<String> physical = pharmacy.monitors().stream()
                .filter(m -> m.kind().name().equals("PHYSICAL"))
                .map(Monitor::id)
                .toList();
        TelemetryParser parser = new TelemetryParser();
        long unmapped = pharmacy.timeline().stream()
                .filter(e -> physical.contains(e.monitorId()))
                .map(e -> parser.parse(new RawRecord("pharmacy", 0, e.fieldsJson()), Instant.EPOCH))
                .flatMap(o -> ((ParseOutcome.Parsed) o).events().stream())
                .filter(e -> mapper.map(e).assetIds().isEmpty())
                .count();

        assertThat(unmapped).isZero();
    }

    @Test
    void suricataAlertsOfEveryPilotMapToTheirAssets() {
        for (Scenario scenario : pilots) {
            if (scenario.monitors().stream()
                    .anyMatch(m -> m.product().toLowerCase().contains("suricata"))) {
                assertEventsMapToTheirAssets(scenario, "suricata", new SuricataEveParser());
            }
        }
    }

    @Test
    void wazuhAlertsOfEveryPilotMapToTheirAssets() {
        for (Scenario scenario : pilots) {
            if (scenario.monitors().stream()
                    .anyMatch(m -> m.product().toLowerCase().contains("wazuh"))) {
                assertEventsMapToTheirAssets(scenario, "wazuh", new WazuhAlertParser());
            }
        }
    }
}
