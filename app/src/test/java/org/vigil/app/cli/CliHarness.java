package org.vigil.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.vigil.app.FeedParsers;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceOpener;
import org.vigil.app.WorkspaceSeeder;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/** Runs the real command line in-process on a workspace in a folder, capturing what it prints. */
final class CliHarness {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    private final Path dir;
    private final Path workspace;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    CliHarness(Path dir) {
        this.dir = dir;
        this.workspace = dir.resolve("data").resolve("workspace.db");
    }

    /** Runs the arguments in English on the harness's workspace (the default one); returns the exit code. */
    int run(String... args) {
        return run(Language.EN, args);
    }

    /** Runs the arguments in a language on the harness's workspace (the default one); returns the exit code. */
    int run(Language language, String... args) {
        VigilCli cli = new VigilCli(
                new MessageCatalog().messages(language),
                new WorkspaceOpener(new WorkspaceSeeder(new PilotScenarios(new ScenarioReader()), CLOCK)),
                FeedParsers.all(),
                new RuleBook(new PilotRulePacks().texts(), CorrelatorConfig.defaults()),
                workspace,
                CLOCK,
                path -> {});
        out = new StringWriter();
        err = new StringWriter();
        cli.commandLine().setOut(new PrintWriter(out, true));
        cli.commandLine().setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    /** What the command has printed on standard error so far (it may still be running). */
    String err() {
        return err.toString();
    }

    Path workspace() {
        return workspace;
    }

    /** Copies a test resource into the folder. */
    Path sample(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = CliHarness.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Writes a text file into the folder. */
    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Writes a rule file into its own folder and returns the folder. */
    Path rules(String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(folder.resolve("rules.yml"), yaml);
        return folder;
    }
}
