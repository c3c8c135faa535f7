package org.vigil.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.AnomalyListener;
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
import org.vigil.core.ingest.AnomalyStage;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;

/**
 * Replays a pilot's scripted timeline through the real pipeline, with the shipped rule packs and the
 * anomaly monitor (default streams of every pilot) in front of correlation.
 */
public final class PilotReplay {

    public static final List<Scenario> PILOTS = new PilotScenarios(new ScenarioReader()).load();
    public static final LoadedRules RULES = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
    public static final Instant ORIGIN = Instant.parse("2025-03-10T00:00:00Z");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    private PilotReplay() {}

    public static Scenario pilot(String id) {
        return PILOTS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Feeds the pilot's whole timeline, starting at {@link #ORIGIN}, into the workspace, telling the
     * listener of every incident raised or changed; returns each event id's timeline index (an anomaly
     * event has the index of the event that raised it).
     */
    public static Map<String, Integer> replay(Scenario pilot, Workspace workspace, IncidentListener listener) {
        return replay(
                pilot,
                workspace,
                listener,
                AnomalyListener.NONE,
                0,
                pilot.timeline().size());
    }

    /**
     * Feeds timeline events {@code from} (inclusive) to {@code to} (exclusive) as {@link #replay(Scenario,
     * Workspace, IncidentListener)} does, telling {@code anomalies} of the anomalies raised. The anomaly
     * monitor goes on from the state saved in the workspace and saves its own when the part ends, so a
     * timeline fed in parts, even across workspace reopenings, raises the anomalies of one run.
     */
    public static Map<String, Integer> replay(
            Scenario pilot,
            Workspace workspace,
            IncidentListener listener,
            AnomalyListener anomalies,
            int from,
            int to) {
        IncidentDetection detection =
                new IncidentDetection(RULES, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, listener);
        Map<String, Integer> indexOf = new HashMap<>();
        AnomalyStage stage = AnomalyStage.open(
                workspace,
                AnomalyConfig.defaults(PILOTS),
                detection,
                raised -> {
                    raised.forEach(a -> indexOf.put(a.event().id(), indexOf.get(a.triggeredBy())));
                    anomalies.raised(raised);
                },
                CLOCK);
        EventPipeline pipeline =
                new EventPipeline(workspace.events(), new AssetMapper(PILOTS), stage, CLOCK, 500, IngestProgress.NONE);
        ScriptedEvents scripted = new ScriptedEvents(parsers());
        for (int i = from; i < to; i++) {
            ParseOutcome outcome = scripted.read(pilot, i, ORIGIN, CLOCK.instant());
            assertThat(outcome).as("timeline event %d", i).isInstanceOf(ParseOutcome.Parsed.class);
            for (Event event : ((ParseOutcome.Parsed) outcome).events()) {
                indexOf.put(event.id(), i);
                pipeline.event(event);
            }
        }
        pipeline.finish();
        return indexOf;
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
