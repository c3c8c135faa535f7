package org.vigil.visual.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.content.awareness.export.EmlWriter;
import org.vigil.content.awareness.export.HandoutFonts;
import org.vigil.content.awareness.export.HtmlExport;
import org.vigil.content.awareness.export.PdfHandout;
import org.vigil.content.awareness.export.SelectionExport;
import org.vigil.content.awareness.gophish.GoPhishExport;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.cascade.live.LiveCascade;
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.store.Workspace;
import org.vigil.core.training.ModuleCoverage;
import org.vigil.core.training.TrainingModule;
import org.vigil.i18n.BundledFonts;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.Fixtures;
import org.vigil.visual.anomaly.AnomalyStreamsViewModel;
import org.vigil.visual.cascade.CascadeViewModel;
import org.vigil.visual.content.ContentViewModel;
import org.vigil.visual.content.IllustrationRenderer;
import org.vigil.visual.dashboard.DashboardViewModel;
import org.vigil.visual.dashboard.FeedThresholds;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.feeds.LiveSourcesViewModel;
import org.vigil.visual.feeds.NoLiveSources;
import org.vigil.visual.graph.GraphAnomalies;
import org.vigil.visual.graph.GraphViewModel;
import org.vigil.visual.incidents.IncidentsViewModel;
import org.vigil.visual.report.ReportSources;
import org.vigil.visual.report.ReportsViewModel;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.situation.AssetTableViewModel;
import org.vigil.visual.situation.ScenarioListViewModel;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;
import org.vigil.visual.timeline.TimelineViewModel;
import org.vigil.visual.training.TrainingViewModel;

class ShellViewModelTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @TempDir
    Path dir;

    private ShellViewModel shell(Workspace workspace) {
        UiText text = new UiText(catalog.messages(Language.EN));
        ImmediateBackground background = new ImmediateBackground();
        SituationSelection selection = new SituationSelection();
        RuleTitles titles = RuleTitles.none();
        LiveCascade cascade = new LiveCascade(
                () -> workspace.scenarios().all(), () -> workspace.incidents().list(100), new TimePhasedCascade());
        closing.add(cascade);
        return new ShellViewModel(
                text,
                workspace.file().toString(),
                new PageModels(
                        selection,
                        new ScenarioListViewModel(workspace.scenarios(), background),
                        new AssetTableViewModel(text),
                        new DashboardViewModel(
                                workspace.activity(),
                                workspace.scenarios(),
                                cascade,
                                new CriticalityAnalysis(CascadeSettings.DEFAULTS.withHorizons(1440)),
                                titles,
                                selection,
                                FeedThresholds.DEFAULTS,
                                Clock.systemUTC(),
                                background,
                                Runnable::run),
                        new TimelineViewModel(
                                workspace.scenarios(),
                                workspace.eventHistory(),
                                selection,
                                text,
                                titles,
                                background,
                                Runnable::run,
                                Clock.systemUTC()),
                        new AnomalyStreamsViewModel(
                                workspace.eventHistory(),
                                workspace.detectorStates(),
                                workspace.settings(),
                                workspace.storedEvents(),
                                thresholds -> {},
                                AnomalyConfig.defaults(workspace.scenarios().all()),
                                selection,
                                text,
                                background,
                                Runnable::run),
                        new GraphViewModel(
                                workspace.scenarios(),
                                cascade,
                                workspace.incidents(),
                                selection,
                                text,
                                background,
                                Runnable::run),
                        new GraphAnomalies(workspace.eventHistory(), selection, background),
                        new CascadeViewModel(
                                selection,
                                id -> workspace.scenarios().find(id),
                                cascade::situation,
                                text,
                                background,
                                Runnable::run),
                        new IncidentsViewModel(
                                workspace.incidents(),
                                new IncidentActions(workspace.incidents(), Clock.systemUTC(), IncidentListener.NONE),
                                titles,
                                () -> workspace.scenarios().all(),
                                selection,
                                text,
                                "ana",
                                background,
                                Runnable::run),
                        new ReportsViewModel(
                                new ReportSources(
                                        workspace.incidents(),
                                        workspace.scenarios(),
                                        workspace.events(),
                                        cascade,
                                        new TimePhasedCascade(),
                                        titles,
                                        Clock.systemUTC()),
                                new BundledFonts(),
                                text,
                                background,
                                ZoneOffset.UTC),
                        new FeedsViewModel(
                                workspace,
                                Map.of(),
                                () -> EventCorrelation.NONE,
                                List.of(),
                                Clock.systemUTC(),
                                background,
                                Runnable::run),
                        new LiveSourcesViewModel(
                                new NoLiveSources(), new NoLiveSources(), new NoLiveSources(), background),
                        new TrainingViewModel(
                                workspace.training(),
                                (module, difficulty, language, participant) -> {
                                    throw new IllegalStateException("no game in this test");
                                },
                                Set.of(TrainingModule.INBOX_TRIAGE),
                                () -> ModuleCoverage.builder().build(),
                                background,
                                Runnable::run,
                                Clock.systemUTC()),
                        new ContentViewModel(
                                () -> new ShippedAwareness(new AwarenessReader()).read(),
                                text,
                                catalog,
                                new SelectionExport(
                                        new GoPhishExport(new ObjectMapper()),
                                        new EmlWriter(),
                                        new HtmlExport(),
                                        new PdfHandout(new HandoutFonts(
                                                InputStream::nullInputStream, InputStream::nullInputStream)),
                                        Clock.systemUTC()),
                                new IllustrationRenderer(),
                                background,
                                Runnable::run,
                                Clock.systemUTC()),
                        new SettingsViewModel(text, catalog, workspace.settings(), background, Locale.ENGLISH)));
    }

    private final List<LiveCascade> closing = new ArrayList<>();

    @AfterEach
    void closeCascades() throws InterruptedException {
        for (LiveCascade cascade : closing) {
            cascade.close();
        }
    }

    @Test
    void theWindowOpensOnTheSituationWithEveryAreaLabelled() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            ShellViewModel shell = shell(workspace);

            assertThat(shell.areaProperty().get()).isEqualTo(Area.SITUATION);
            for (Area area : Area.values()) {
                assertThat(shell.label(area).get()).doesNotStartWith("[").isNotBlank();
            }
            assertThat(shell.scenarioStatus().get()).isEqualTo("No scenario selected");
            assertThat(shell.workspaceStatus().get()).contains(workspace.file().toString());
        }
    }

    @Test
    void openingAScenarioFillsTheAssetTableAndTheStatusLine() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            ShellViewModel shell = shell(workspace);

            shell.scenarios().refresh();

            assertThat(shell.assets().rows()).hasSize(5);
            assertThat(shell.scenarioStatus().get())
                    .isEqualTo("Scenario: Small shop · 2 organisations, 5 assets, 3 dependencies");
            assertThat(shell.windowTitle().get()).isEqualTo("Small shop — Vigil");
        }
    }

    @Test
    void aLanguageSwitchRelabelsNavigationAndStatusLive() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            ShellViewModel shell = shell(workspace);
            shell.scenarios().refresh();
            var situation = shell.label(Area.SITUATION);
            var status = shell.scenarioStatus();
            String englishStatus = status.get();

            shell.settings().languageProperty().set(Language.DE);

            assertThat(situation.get()).isEqualTo(catalog.messages(Language.DE).text("nav.situation"));
            assertThat(status.get()).isNotEqualTo(englishStatus).contains("Kleiner Laden");
        }
    }

    @Test
    void theScenarioOpenedInTheListIsTheOneEverySituationViewShows() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            // given
            ShellViewModel shell = shell(workspace);

            // when
            shell.scenarios().refresh();

            // then
            assertThat(shell.pages().selection().scenarioIdProperty().get())
                    .isEqualTo(shell.scenarios().openProperty().get().id());
        }
    }

    @Test
    void aScenarioPickedInAnotherViewIsOpenedInTheList() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            // given a second scenario in the workspace, the first one open
            var second = new org.vigil.core.model.Scenario(
                    "second-shop",
                    Fixtures.smallShop().name(),
                    Fixtures.smallShop().description(),
                    Fixtures.smallShop().organisations(),
                    Fixtures.smallShop().monitors(),
                    Fixtures.smallShop().assets(),
                    Fixtures.smallShop().dependencies(),
                    Fixtures.smallShop().timeline(),
                    Fixtures.smallShop().texts());
            workspace.scenarios().save(second, java.time.Instant.parse("2026-11-27T09:00:00Z"));
            ShellViewModel shell = shell(workspace);
            shell.scenarios().refresh();
            String first = shell.scenarios().openProperty().get().id();

            // when the dashboard follows an asset of the other scenario
            String other = first.equals("second-shop") ? Fixtures.smallShop().id() : "second-shop";
            shell.pages().selection().scenarioIdProperty().set(other);

            // then the list opens it
            assertThat(shell.scenarios().openProperty().get().id()).isEqualTo(other);
        }
    }

    @Test
    void showingAnIncidentOrAnAssetFromAnotherPageSwitchesArea() throws Exception {
        try (Workspace workspace = Fixtures.workspaceWithSmallShop(dir)) {
            ShellViewModel shell = shell(workspace);

            shell.pages().dashboard().openIncident("inc-1");
            assertThat(shell.areaProperty().get()).isEqualTo(Area.INCIDENTS);

            shell.pages().dashboard().selectAsset(Fixtures.smallShop().id(), "web");
            assertThat(shell.areaProperty().get()).isEqualTo(Area.GRAPH);
        }
    }

    @Test
    void areasNotBuiltYetHaveADescriptionInEveryLanguage() {
        for (Language language : Language.values()) {
            for (Area area : Area.values()) {
                if (!area.built()) {
                    assertThat(catalog.messages(language).text(area.descriptionKey()))
                            .as(language + " " + area)
                            .doesNotStartWith("[")
                            .hasSizeGreaterThan(40);
                }
            }
        }
    }
}
