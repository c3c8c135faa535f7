package org.vigil.app.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.vigil.app.FeedParsers;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceOpener;
import org.vigil.app.WorkspaceSeeder;
import org.vigil.app.live.ReplayPace;
import org.vigil.app.training.GameHostChoice;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.replay.ReplaySettings;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.task.FxBackground;

/**
 * The real workstation window on a fresh demo workspace (the pilot scenarios, the shipped rule
 * packs, the replay at full speed), as the window tests drive it.
 */
final class DemoWindow {

    static final String ANALYST = "ana";

    private final MessageCatalog catalog = new MessageCatalog();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final RuleBook ruleBook = new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults());
    private Workspace workspace;
    private Workstation workstation;

    /** Opens a new workspace file in the folder and shows the window on the stage. */
    void show(Stage stage, Path folder, String name) throws WorkspaceException {
        show(stage, folder, name, GameHostChoice.embeddedFirst());
    }

    /** The same, with the Training area's games played on the given hosts. */
    void show(Stage stage, Path folder, String name, GameHostChoice gameHosts) throws WorkspaceException {
        WorkspaceOpener opener = new WorkspaceOpener(new WorkspaceSeeder(
                new PilotScenarios(new ScenarioReader()),
                Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC)));
        workspace = opener.open(folder.resolve(name + "-" + System.nanoTime() + ".db"));
        workstation = new Workstation(
                workspace,
                catalog,
                FeedParsers.all(),
                ruleBook,
                ruleBook.load(List.of()),
                ANALYST,
                Clock.systemUTC(),
                new ReplayPace(ReplaySettings.MAX_SPEED, Duration.ZERO),
                new FxBackground(executor),
                Locale.ENGLISH,
                gameHosts);
        workstation.show(stage);
    }

    /** Closes the window (it saves its placement as it closes), the live sources and the workspace. */
    void close() throws Exception {
        FxToolkit.cleanupStages();
        workstation.close();
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        workspace.close();
    }

    MessageCatalog catalog() {
        return catalog;
    }

    Workspace workspace() {
        return workspace;
    }

    Workstation workstation() {
        return workstation;
    }
}
