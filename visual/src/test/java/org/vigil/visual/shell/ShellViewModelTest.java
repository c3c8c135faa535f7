package org.vigil.visual.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.vigil.core.incident.IncidentActions;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.incident.RuleTitles;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.Fixtures;
import org.vigil.visual.content.ContentViewModel;
import org.vigil.visual.content.IllustrationRenderer;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.feeds.LiveSourcesViewModel;
import org.vigil.visual.feeds.NoLiveSources;
import org.vigil.visual.incidents.IncidentsViewModel;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.situation.AssetTableViewModel;
import org.vigil.visual.situation.ScenarioListViewModel;
import org.vigil.visual.task.ImmediateBackground;
import org.vigil.visual.text.UiText;

class ShellViewModelTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @TempDir
    Path dir;

    private ShellViewModel shell(Workspace workspace) {
        UiText text = new UiText(catalog.messages(Language.EN));
        ImmediateBackground background = new ImmediateBackground();
        return new ShellViewModel(
                text,
                workspace.file().toString(),
                new ScenarioListViewModel(workspace.scenarios(), background),
                new AssetTableViewModel(text),
                new IncidentsViewModel(
                        workspace.incidents(),
                        new IncidentActions(workspace.incidents(), Clock.systemUTC(), IncidentListener.NONE),
                        RuleTitles.none(),
                        "ana",
                        background,
                        Runnable::run),
                new FeedsViewModel(
                        workspace,
                        Map.of(),
                        () -> EventCorrelation.NONE,
                        List.of(),
                        Clock.systemUTC(),
                        background,
                        Runnable::run),
                new LiveSourcesViewModel(new NoLiveSources(), new NoLiveSources(), new NoLiveSources(), background),
                new ContentViewModel(
                        () -> new ShippedAwareness(new AwarenessReader()).read(),
                        text,
                        catalog,
                        new SelectionExport(
                                new GoPhishExport(new ObjectMapper()),
                                new EmlWriter(),
                                new HtmlExport(),
                                new PdfHandout(
                                        new HandoutFonts(InputStream::nullInputStream, InputStream::nullInputStream)),
                                Clock.systemUTC()),
                        new IllustrationRenderer(),
                        background,
                        Runnable::run,
                        Clock.systemUTC()),
                new SettingsViewModel(text, catalog, workspace.settings(), background, Locale.ENGLISH));
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
