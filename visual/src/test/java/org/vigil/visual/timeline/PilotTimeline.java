package org.vigil.visual.timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.json.GenericJsonParser;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.feed.zeek.ZeekJsonParser;
import org.vigil.core.incident.IncidentDetection;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/**
 * A workspace holding the three pilot scenarios with the retail pilot's timeline replayed through the real pipeline:
 * its monitors' parsers, asset mapping and detection by the shipped rule packs. Each event is received
 * {@link #DELAY} after it happened, so event time and received time differ.
 */
final class PilotTimeline implements AutoCloseable {

    static final String RETAIL = "retail-ecommerce";
    /** The retail story's day starts here; its events are offsets from it. */
    static final Instant ORIGIN = Instant.parse("2025-03-17T00:00:00Z");

    static final Duration DELAY = Duration.ofSeconds(45);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-18T12:00:00Z"), ZoneOffset.UTC);

    final Workspace workspace;
    final Scenario retail;
    final LoadedRules rules;
    private final EventPipeline pipeline;
    private final ScriptedEvents scripted = new ScriptedEvents(Map.of(
            FeedFormat.SURICATA_EVE, new SuricataEveParser(),
            FeedFormat.WAZUH, new WazuhAlertParser(),
            FeedFormat.ZEEK, new ZeekJsonParser(),
            FeedFormat.TELEMETRY, new TelemetryParser(),
            FeedFormat.JSON, new GenericJsonParser()));

    private PilotTimeline(Path dir, IncidentListener listener) throws Exception {
        List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
        workspace = Workspace.open(dir.resolve("w.db"));
        pilots.forEach(p -> workspace.scenarios().save(p, CLOCK.instant()));
        retail = pilots.stream().filter(p -> p.id().equals(RETAIL)).findFirst().orElseThrow();
        rules = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
        IncidentDetection detection =
                new IncidentDetection(rules, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, listener);
        pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(pilots), detection, CLOCK, 50, IngestProgress.NONE);
    }

    /** The pilots saved, the retail timeline's first {@code count} events replayed. */
    static PilotTimeline replayed(Path dir, int count, IncidentListener listener) throws Exception {
        PilotTimeline timeline = new PilotTimeline(dir, listener);
        timeline.replay(0, count);
        return timeline;
    }

    int size() {
        return retail.timeline().size();
    }

    /** Replays timeline events {@code [from, to)}. */
    void replay(int from, int to) {
        for (int index = from; index < to; index++) {
            Instant happened = ORIGIN.plusSeconds(retail.timeline().get(index).offsetSeconds());
            ParseOutcome outcome = scripted.read(retail, index, ORIGIN, happened.plus(DELAY));
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                parsed.events().forEach(pipeline::event);
            }
        }
        pipeline.flush();
    }

    RuleTitles titles() {
        return new RuleTitles(rules);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
