package org.vigil.app;

import java.time.Clock;
import java.util.Locale;
import org.vigil.app.cli.VigilCli;
import org.vigil.app.gui.VigilApplication;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * The launcher: {@code vigil} opens the window, {@code vigil scenario ...} runs headless. Not an
 * {@code Application} subclass, so JavaFX can start from the class path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        WorkspaceOpener opener =
                new WorkspaceOpener(new WorkspaceSeeder(new PilotScenarios(new ScenarioReader()), clock));
        VigilCli cli = new VigilCli(
                new MessageCatalog().messages(Language.forLocale(Locale.getDefault())),
                opener,
                FeedParsers.all(),
                new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults()),
                WorkspaceLocation.defaultWorkspace(),
                clock,
                VigilApplication::launchOn);
        System.exit(cli.execute(args));
    }
}
