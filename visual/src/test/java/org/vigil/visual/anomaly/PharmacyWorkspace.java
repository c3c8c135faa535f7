package org.vigil.visual.anomaly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.anomaly.Anomaly;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.json.GenericJsonParser;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.feed.zeek.ZeekJsonParser;
import org.vigil.core.incident.IncidentDetection;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.ingest.AnomalyStage;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/**
 * A workspace holding the pilots, with the pharmacy pilot's timeline replayed through the real pipeline
 * and the anomaly monitor (default streams) in front of detection. The events stored are kept as the
 * look-back's {@link StoredEvents}, since the store gives no raw records back yet.
 */
public final class PharmacyWorkspace implements AutoCloseable, StoredEvents {

    public static final String PHARMACY = "pharmacy-delivery";
    static final Instant ORIGIN = Instant.parse("2025-03-10T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    public final Workspace workspace;
    final List<Scenario> pilots;
    final AnomalyConfig config;
    final List<Anomaly> anomalies = new ArrayList<>();
    private final List<Event> stored = new ArrayList<>();

    public PharmacyWorkspace(Path dir) throws Exception {
        pilots = new PilotScenarios(new ScenarioReader()).load();
        config = AnomalyConfig.defaults(pilots);
        workspace = Workspace.open(dir.resolve("w.vigil"));
        pilots.forEach(p -> workspace.scenarios().save(p, CLOCK.instant()));
        LoadedRules rules = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
        IncidentDetection detection = new IncidentDetection(
                rules, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, IncidentListener.NONE);
        AnomalyStage stage = AnomalyStage.open(workspace, config, detection, anomalies::addAll, CLOCK);
        EventCorrelation capture = new EventCorrelation() {
            @Override
            public void correlate(List<Event> events) {
                stored.addAll(events);
                stage.correlate(events);
            }

            @Override
            public void finish() {
                stage.finish();
            }
        };
        EventPipeline pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(pilots), capture, CLOCK, 500, IngestProgress.NONE);
        ScriptedEvents scripted = new ScriptedEvents(Map.of(
                FeedFormat.SURICATA_EVE, new SuricataEveParser(),
                FeedFormat.WAZUH, new WazuhAlertParser(),
                FeedFormat.ZEEK, new ZeekJsonParser(),
                FeedFormat.TELEMETRY, new TelemetryParser(),
                FeedFormat.JSON, new GenericJsonParser()));
        Scenario pharmacy =
                pilots.stream().filter(p -> p.id().equals(PHARMACY)).findFirst().orElseThrow();
        for (int i = 0; i < pharmacy.timeline().size(); i++) {
            if (scripted.read(pharmacy, i, ORIGIN, CLOCK.instant()) instanceof ParseOutcome.Parsed parsed) {
                parsed.events().forEach(pipeline::event);
            }
        }
        pipeline.finish();
        stage.close();
    }

    @Override
    public void read(String scenarioId, Instant from, Instant to, Consumer<Event> each) {
        stored.stream()
                .filter(e -> e.assetIds().stream().anyMatch(a -> a.startsWith(scenarioId + "/")))
                .filter(e -> !e.eventTime().isBefore(from) && !e.eventTime().isAfter(to))
                .sorted(Comparator.comparing(Event::eventTime))
                .forEach(each);
    }

    @Override
    public boolean withRecords() {
        return true;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
