package org.vigil.app.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.vigil.app.FeedParsers;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceOpener;
import org.vigil.app.WorkspaceSeeder;
import org.vigil.app.cli.ProblemFormat;
import org.vigil.app.live.ReplayPace;
import org.vigil.app.training.GameHostChoice;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.i18n.Messages;
import org.vigil.visual.task.FxBackground;

/**
 * The JavaFX application: opens the workspace before the window exists (on the launcher thread,
 * never the UI thread), then shows the workstation. Started through {@link #launchOn(Path)}.
 */
public final class VigilApplication extends Application {

    private final MessageCatalog catalog = new MessageCatalog();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "vigil-background");
        thread.setDaemon(true);
        return thread;
    });
    private final RuleBook ruleBook = new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults());
    private Workspace workspace;
    private LoadedRules rules;
    private WorkspaceException failure;
    private UpgradeNotice upgradeNotice;
    private Workstation workstation;

    /** Opens the window on a workspace and returns when the window is closed. */
    public static void launchOn(Path workspace) {
        Application.launch(VigilApplication.class, workspace.toString());
    }

    @Override
    public void init() {
        Path file = Path.of(getParameters().getRaw().get(0));
        WorkspaceOpener opener =
                new WorkspaceOpener(new WorkspaceSeeder(new PilotScenarios(new ScenarioReader()), Clock.systemUTC()));
        if (Workspace.needsUpgrade(file)) {
            // The UI toolkit runs already: say what takes so long before the window can open. Quitting
            // abandons the upgrade's one transaction, which leaves the file as it was.
            upgradeNotice = new UpgradeNotice(
                    catalog.messages(Language.forLocale(Locale.getDefault())), file, () -> System.exit(0));
            Platform.runLater(upgradeNotice::show);
        }
        // Rules are parsed here, off the UI thread, like the workspace is opened.
        rules = ruleBook.load(List.of());
        try {
            workspace = opener.open(file);
        } catch (WorkspaceException e) {
            failure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (upgradeNotice != null) {
            upgradeNotice.close();
        }
        if (workspace == null) {
            Messages messages = catalog.messages(Language.forLocale(Locale.getDefault()));
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle(messages.text("error.title"));
            alert.setHeaderText(messages.text("error.workspace.header"));
            alert.setContentText(new ProblemFormat(messages).workspaceError(failure));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        workstation = new Workstation(
                workspace,
                catalog,
                FeedParsers.all(),
                ruleBook,
                rules,
                System.getProperty("user.name", "analyst"),
                Clock.systemDefaultZone(),
                ReplayPace.DEMO,
                new FxBackground(executor),
                Locale.getDefault(),
                GameHostChoice.embeddedFirst());
        workstation.show(stage);
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.close();
        }
        executor.shutdownNow();
        if (workspace != null) {
            workspace.close();
        }
    }
}
