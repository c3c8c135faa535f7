package org.vigil.visual.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
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
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;

/**
 * A workspace holding the three pilots, one of them replayed whole through the real pipeline and the
 * shipped rule packs, dated as the demo dates a replay: the story ends at {@link #NOW}, when every
 * event is received and every incident raised. Its live cascade follows the incidents.
 */
final class ReplayedPilot implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final List<Scenario> PILOTS = new PilotScenarios(new ScenarioReader()).load();
    private static final LoadedRules RULES = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());

    final Workspace workspace;
    final Scenario pilot;
    final LiveCascade cascade;

    ReplayedPilot(Path dir, String pilotId) throws WorkspaceException {
        workspace = Workspace.open(dir.resolve("w.db"));
        PILOTS.forEach(s -> workspace.scenarios().save(s, NOW));
        pilot = PILOTS.stream().filter(s -> s.id().equals(pilotId)).findFirst().orElseThrow();
        cascade = new LiveCascade(
                workspace.scenarios()::all, () -> workspace.incidents().list(10_000), new TimePhasedCascade());
        replay();
    }

    /** The source the replayed events carry, one per monitor. */
    static String source(Scenario scenario, String monitorId) {
        return "replay:" + scenario.id() + "/" + monitorId;
    }

    private void replay() {
        IncidentDetection detection =
                new IncidentDetection(RULES, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, id -> {});
        EventPipeline pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(PILOTS), detection, CLOCK, 500, IngestProgress.NONE);
        long span = pilot.timeline().get(pilot.timeline().size() - 1).offsetSeconds();
        Instant origin = NOW.minusSeconds(span);
        ScriptedEvents scripted = new ScriptedEvents(parsers());
        for (int i = 0; i < pilot.timeline().size(); i++) {
            ParseOutcome outcome = scripted.read(pilot, i, origin, NOW);
            for (Event event : ((ParseOutcome.Parsed) outcome).events()) {
                pipeline.event(event);
            }
        }
        pipeline.finish();
    }

    private static Map<FeedFormat, FeedParser> parsers() {
        Map<FeedFormat, FeedParser> parsers = new HashMap<>();
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

    @Override
    public void close() throws InterruptedException {
        cascade.close();
        workspace.close();
    }
}
