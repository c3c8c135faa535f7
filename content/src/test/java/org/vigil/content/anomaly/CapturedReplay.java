package org.vigil.content.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.content.PilotReplay;
import org.vigil.core.anomaly.Anomaly;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.StoredEvents;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
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
import org.vigil.core.store.Workspace;

/**
 * A pilot replayed through the real pipeline with a chosen anomaly configuration, keeping the events
 * exactly as they were stored (mapped to their assets): the store gives no raw records back yet, so
 * these stand in for it as the look-back's {@link StoredEvents}.
 */
final class CapturedReplay implements StoredEvents {

    private final List<Event> stored = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();

    /** Replays the whole pilot into the workspace, the monitor going on from the state saved there. */
    static CapturedReplay of(Scenario pilot, Workspace workspace, AnomalyConfig config) {
        CapturedReplay replay = new CapturedReplay();
        IncidentDetection detection = new IncidentDetection(
                PilotReplay.RULES,
                CorrelatorConfig.defaults(),
                workspace.incidents(),
                PilotReplay.CLOCK,
                IncidentListener.NONE);
        AnomalyStage stage =
                AnomalyStage.open(workspace, config, detection, replay.anomalies::addAll, PilotReplay.CLOCK);
        EventCorrelation capture = new EventCorrelation() {
            @Override
            public void correlate(List<Event> events) {
                replay.stored.addAll(events);
                stage.correlate(events);
            }

            @Override
            public void finish() {
                stage.finish();
            }
        };
        EventPipeline pipeline = new EventPipeline(
                workspace.events(),
                new AssetMapper(PilotReplay.PILOTS),
                capture,
                PilotReplay.CLOCK,
                500,
                IngestProgress.NONE);
        ScriptedEvents scripted = new ScriptedEvents(parsers());
        for (int i = 0; i < pilot.timeline().size(); i++) {
            ParseOutcome outcome = scripted.read(pilot, i, PilotReplay.ORIGIN, PilotReplay.CLOCK.instant());
            assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
            ((ParseOutcome.Parsed) outcome).events().forEach(pipeline::event);
        }
        pipeline.finish();
        stage.close();
        return replay;
    }

    List<Anomaly> anomalies() {
        return anomalies;
    }

    Instant first() {
        return stored.get(0).eventTime();
    }

    Instant last() {
        return stored.stream().map(Event::eventTime).max(Instant::compareTo).orElseThrow();
    }

    @Override
    public void read(String scenarioId, Instant from, Instant to, Consumer<Event> each) {
        stored.stream()
                .filter(e -> e.assetIds().stream().anyMatch(a -> a.startsWith(scenarioId + "/")))
                .filter(e -> !e.eventTime().isBefore(from) && !e.eventTime().isAfter(to))
                .sorted(java.util.Comparator.comparing(Event::eventTime))
                .forEach(each);
    }

    @Override
    public boolean withRecords() {
        return true;
    }

    private static Map<FeedFormat, FeedParser> parsers() {
        Map<FeedFormat, FeedParser> parsers = new EnumMap<>(FeedFormat.class);
        for (FeedParser parser : List.of(
                new SuricataEveParser(),
                new WazuhAlertParser(),
                new ZeekJsonParser(),
                new TelemetryParser(),
                new GenericJsonParser())) {
            parsers.put(parser.format(), parser);
        }
        return parsers;
    }
}
