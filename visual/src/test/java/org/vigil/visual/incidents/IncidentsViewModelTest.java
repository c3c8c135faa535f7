package org.vigil.visual.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.SigmaRuleLoader;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.IncidentDetection;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.Workspace;
import org.vigil.visual.task.ImmediateBackground;

/** The incidents page's logic, on a real workspace fed by real detection, without a toolkit. */
class IncidentsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final String RULE = """
            title: Card skimmer script served
            id: 5b0e9d7c-1a2b-4c3d-8e9f-000000000001
            level: critical
            vigil-titles:
                de: Kartenskimmer-Skript ausgeliefert
                pt: Script de skimming de cartões servido
            logsource:
                product: test
            detection:
                selection:
                    yara|contains: Magecart
                condition: selection
            """;

    @TempDir
    Path dir;

    private Workspace workspace;
    private IncidentsViewModel model;
    private EventPipeline pipeline;

    @BeforeEach
    void aWorkspaceWithLiveDetectionFeedingThePage() throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
        LoadedRules rules = new SigmaRuleLoader().load(Path.of("rule.yml"), RULE);
        model = new IncidentsViewModel(
                workspace.incidents(),
                new IncidentActions(workspace.incidents(), CLOCK, IncidentListener.NONE),
                new RuleTitles(rules),
                "ana",
                new ImmediateBackground(),
                Runnable::run);
        IncidentDetection detection = new IncidentDetection(
                rules, CorrelatorConfig.defaults(), workspace.incidents(), CLOCK, model::incidentChanged);
        pipeline = new EventPipeline(
                workspace.events(), new AssetMapper(List.of()), detection, CLOCK, 10, IngestProgress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void skimmerFound(String id, String asset) {
        Instant time = Instant.parse("2025-03-18T11:41:26Z");
        pipeline.event(new Event(
                id,
                time,
                time,
                "wazuh",
                FeedFormat.WAZUH,
                EventCategory.MALWARE,
                EventSeverity.CRITICAL,
                "YARA match in cartly-pay.min.js",
                List.of("T1195.002"),
                List.of(new Entity(EntityType.HOST, asset)),
                List.of("retail/" + asset),
                "{\"yara\": \"Magecart_Skimmer_Exfil_Generic\"}"));
        pipeline.flush();
    }

    @Test
    void anIncidentRaisedByDetectionAppearsWithoutAsking() {
        // given the page is shown and empty
        model.refresh();
        assertThat(model.incidents()).isEmpty();

        // when detection raises an incident
        skimmerFound("e1", "web-01");

        // then
        assertThat(model.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.title()).isEqualTo("Card skimmer script served");
            assertThat(incident.severity()).isEqualTo(EventSeverity.CRITICAL);
            assertThat(incident.state()).isEqualTo(IncidentState.NEW);
        });
    }

    @Test
    void theTitleIsShownInTheAnalystsLanguageAndFollowsASwitch() {
        // given an incident raised by a rule that translates its title
        skimmerFound("e1", "web-01");
        model.refresh();
        var incident = model.incidents().get(0);

        // when the analyst reads it in German, then switches to European Portuguese, then English
        String german = model.title(incident, "de");
        String portuguese = model.title(incident, "pt-PT");
        String english = model.title(incident, "en");

        // then
        assertThat(german).isEqualTo("Kartenskimmer-Skript ausgeliefert");
        assertThat(portuguese).isEqualTo("Script de skimming de cartões servido");
        assertThat(english).isEqualTo("Card skimmer script served");
        assertThat(model.title(incident, "pl"))
                .as("no Polish title: the rule's own title")
                .isEqualTo("Card skimmer script served");
        assertThat(incident.title()).as("stored in English").isEqualTo("Card skimmer script served");
    }

    @Test
    void selectingShowsTheEventsAndTheAnalystCanMoveItAlongAndWriteNotes() {
        // given
        skimmerFound("e1", "web-01");
        model.refresh();
        String id = model.incidents().get(0).id();

        // when
        model.select(id);

        // then
        assertThat(model.detailProperty().get().events())
                .singleElement()
                .satisfies(e -> assertThat(e.event().summary()).isEqualTo("YARA match in cartly-pay.min.js"));
        assertThat(model.canMoveTo(IncidentState.ACKNOWLEDGED)).isTrue();
        assertThat(model.canMoveTo(IncidentState.NEW)).isFalse();

        // when
        model.moveTo(IncidentState.ACKNOWLEDGED);
        model.addNote("Rolled the plugin back on web-01.");

        // then
        var incident = model.detailProperty().get().incident();
        assertThat(incident.state()).isEqualTo(IncidentState.ACKNOWLEDGED);
        assertThat(incident.notes()).singleElement().satisfies(n -> {
            assertThat(n.author()).isEqualTo("ana");
            assertThat(n.text()).isEqualTo("Rolled the plugin back on web-01.");
        });
        assertThat(incident.changes())
                .extracting(IncidentChange::kind)
                .containsExactly(
                        IncidentChange.Kind.CREATED, IncidentChange.Kind.STATE_CHANGED, IncidentChange.Kind.NOTE_ADDED);
        assertThat(model.incidents().get(0).state()).isEqualTo(IncidentState.ACKNOWLEDGED);
    }

    @Test
    void resolvedIncidentsLeaveTheOpenListButStayInAll() {
        // given two incidents, one resolved
        skimmerFound("e1", "web-01");
        skimmerFound("e2", "web-02");
        model.refresh();
        model.select(model.incidents().get(0).id());
        model.moveTo(IncidentState.RESOLVED);

        // then
        assertThat(model.incidents()).hasSize(1);
        assertThat(model.canMoveTo(IncidentState.ACKNOWLEDGED))
                .as("a resolved incident can be reopened")
                .isTrue();

        // when
        model.filterProperty().set(IncidentsViewModel.Filter.ALL);

        // then
        assertThat(model.incidents())
                .extracting(i -> i.state())
                .containsExactlyInAnyOrder(IncidentState.RESOLVED, IncidentState.NEW);
    }

    @Test
    void aBlankNoteOrAMoveTheLifecycleForbidsDoesNothing() {
        // given
        skimmerFound("e1", "web-01");
        model.refresh();
        model.select(model.incidents().get(0).id());
        model.moveTo(IncidentState.CONTAINED);

        // when
        model.moveTo(IncidentState.ACKNOWLEDGED);
        model.addNote("   ");

        // then
        var incident = model.detailProperty().get().incident();
        assertThat(incident.state()).isEqualTo(IncidentState.CONTAINED);
        assertThat(incident.notes()).isEmpty();
        assertThat(model.failureProperty().get()).isNull();
    }
}
