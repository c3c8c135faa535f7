package org.vigil.visual.graph;

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
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.task.Background;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

/**
 * The graph page on a real workspace holding the pilots, with the live cascade following the
 * incidents that replaying a pilot's timeline through the shipped rule packs raises.
 */
final class GraphFixture implements AutoCloseable {

    static final List<Scenario> PILOTS = new PilotScenarios(new ScenarioReader()).load();
    static final String RETAIL = "retail-ecommerce";
    private static final LoadedRules RULES = new SigmaRuleLoader().load(new PilotRulePacks().texts(), List.of());
    private static final Instant ORIGIN = Instant.parse("2025-03-17T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    final Workspace workspace;
    final LiveCascade cascade;
    final MessageCatalog catalog = new MessageCatalog();

    /** One graph page of a window, with the window's selection and text. */
    record Page(SituationSelection selection, UiText text, GraphViewModel model) {}

    GraphFixture(Path dir) throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
        for (Scenario pilot : PILOTS) {
            workspace.scenarios().save(pilot, CLOCK.instant());
        }
        cascade = new LiveCascade(
                () -> workspace.scenarios().all(), () -> workspace.incidents().list(10_000), new TimePhasedCascade());
    }

    /** A new page whose work runs at once on the calling thread. */
    Page page() {
        return page(new ImmediateBackground());
    }

    Page page(Background background) {
        SituationSelection selection = new SituationSelection();
        UiText text = new UiText(catalog.messages(Language.EN));
        GraphViewModel model = new GraphViewModel(
                workspace.scenarios(), cascade, workspace.incidents(), selection, text, background, Runnable::run);
        return new Page(selection, text, model);
    }

    static Scenario pilot(String id) {
        return PILOTS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Replays the pilot's whole timeline into incidents and lets the live cascade follow them. */
    void replay(String scenarioId) {
        Scenario pilot = pilot(scenarioId);
        IncidentDetection detection = new IncidentDetection(
                RULES, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, IncidentListener.NONE);
        EventPipeline pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(PILOTS), detection, CLOCK, 500, IngestProgress.NONE);
        ScriptedEvents scripted = new ScriptedEvents(parsers());
        for (int i = 0; i < pilot.timeline().size(); i++) {
            ParseOutcome outcome = scripted.read(pilot, i, ORIGIN, CLOCK.instant());
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                parsed.events().forEach(pipeline::event);
            }
        }
        pipeline.finish();
        cascade.recompute();
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
