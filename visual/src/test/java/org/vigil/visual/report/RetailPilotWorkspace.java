package org.vigil.visual.report;

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
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;

/**
 * A temporary workspace holding the three pilots, with the retail pilot's whole timeline replayed
 * through the real pipeline and the shipped rule packs (as content's PilotReplay does), and report
 * sources on it.
 */
final class RetailPilotWorkspace implements AutoCloseable {

    static final List<Scenario> PILOTS = new PilotScenarios(new ScenarioReader()).load();
    static final LoadedRules RULES = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
    static final Instant ORIGIN = Instant.parse("2025-03-17T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    final Workspace workspace;
    final Scenario retail;
    final LiveCascade live;
    final ReportSources sources;

    RetailPilotWorkspace(Path dir) throws WorkspaceException {
        workspace = Workspace.open(dir.resolve("w.db"));
        PILOTS.forEach(p -> workspace.scenarios().save(p, CLOCK.instant()));
        retail = PILOTS.stream()
                .filter(s -> s.id().equals("retail-ecommerce"))
                .findFirst()
                .orElseThrow();
        replay(retail);
        live = new LiveCascade(
                workspace.scenarios()::all, () -> workspace.incidents().list(10_000), new TimePhasedCascade());
        live.recompute();
        sources = new ReportSources(
                workspace.incidents(),
                workspace.scenarios(),
                workspace.events(),
                live,
                new TimePhasedCascade(),
                new RuleTitles(RULES),
                CLOCK);
    }

    private void replay(Scenario pilot) {
        IncidentDetection detection = new IncidentDetection(
                RULES, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, IncidentListener.NONE);
        EventPipeline pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(PILOTS), detection, CLOCK, 500, IngestProgress.NONE);
        ScriptedEvents scripted = new ScriptedEvents(parsers());
        for (int i = 0; i < pilot.timeline().size(); i++) {
            ParseOutcome outcome = scripted.read(pilot, i, ORIGIN, CLOCK.instant());
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                for (Event event : parsed.events()) {
                    pipeline.event(event);
                }
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
        live.close();
        workspace.close();
    }
}
