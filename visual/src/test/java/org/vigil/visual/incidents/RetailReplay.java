package org.vigil.visual.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
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
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/**
 * The retail pilot's scripted timeline replayed through the real pipeline and the shipped rule packs
 * into a workspace that also holds the pilot scenarios: the board's incidents as an analyst sees them.
 */
final class RetailReplay {

    static final List<Scenario> PILOTS = new PilotScenarios(new ScenarioReader()).load();
    static final LoadedRules RULES = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
    static final Instant ORIGIN = Instant.parse("2025-03-10T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    static final String RETAIL = "retail-ecommerce";

    private RetailReplay() {}

    static Scenario retail() {
        return PILOTS.stream().filter(s -> s.id().equals(RETAIL)).findFirst().orElseThrow();
    }

    /** Saves the pilots and feeds the retail timeline, starting at {@link #ORIGIN}, received at the clock's time. */
    static void into(Workspace workspace, IncidentListener listener) {
        PILOTS.forEach(pilot -> workspace.scenarios().save(pilot, CLOCK.instant()));
        IncidentDetection detection =
                new IncidentDetection(RULES, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, listener);
        EventPipeline pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(PILOTS), detection, CLOCK, 500, IngestProgress.NONE);
        ScriptedEvents scripted = new ScriptedEvents(parsers());
        Scenario retail = retail();
        for (int i = 0; i < retail.timeline().size(); i++) {
            ParseOutcome outcome = scripted.read(retail, i, ORIGIN, CLOCK.instant());
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                for (Event event : parsed.events()) {
                    pipeline.event(event);
                }
            } else {
                throw new IllegalStateException("timeline event " + i + " unreadable: " + outcome);
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
}
