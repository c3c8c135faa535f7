package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.FeedParsers;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceOpener;
import org.vigil.app.WorkspaceSeeder;
import org.vigil.content.PilotRulePacks;
import org.vigil.content.PilotScenarios;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/** {@code vigil follow --once}, run in-process: each run stores only what the last one had not read. */
class FollowCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path workspace;
    private Path logs;
    private Path eve;
    private List<String> sample;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() throws IOException {
        workspace = dir.resolve("workspace.db");
        logs = Files.createDirectories(dir.resolve("logs"));
        eve = logs.resolve("eve.json");
        try (InputStream in = FollowCommandTest.class.getResourceAsStream("/feeds/eve.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    private int run(Language language, String... args) {
        WorkspaceOpener opener =
                new WorkspaceOpener(new WorkspaceSeeder(new PilotScenarios(new ScenarioReader()), CLOCK));
        VigilCli cli = new VigilCli(
                new MessageCatalog().messages(language),
                opener,
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

    private int run(String... args) {
        return run(Language.EN, args);
    }

    private void append(Path file, int from, int to) throws IOException {
        StringBuilder text = new StringBuilder();
        sample.subList(from, to).forEach(line -> text.append(line).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long storedEvents() throws Exception {
        try (Workspace w = Workspace.open(workspace)) {
            return w.events().eventCount();
        }
    }

    @Test
    void runningOnceTwiceOnAGrowingFileStoresOnlyTheNewEventsTheSecondTime() throws Exception {
        append(eve, 0, 5);
        int first = run("follow", "--once", "--format", "suricata", eve.toString());
        String firstOut = out.toString();

        append(eve, 5, 8);
        int second = run("follow", "--once", "--format", "suricata", eve.toString());

        assertThat(first).isZero();
        assertThat(firstOut).contains("Events read: 5 · stored: 5 · already stored: 0 · quarantined: 0");
        assertThat(second).isZero();
        assertThat(out.toString()).contains("Events read: 3 · stored: 3 · already stored: 0 · quarantined: 0");
        assertThat(storedEvents()).isEqualTo(8);
    }

    @Test
    void aFileRotatedBetweenTwoRunsIsReadFromTheStart() throws Exception {
        append(eve, 0, 5);
        run("follow", "--once", "--format", "suricata", eve.toString());

        Files.move(eve, logs.resolve("eve.json.1"));
        append(eve, 5, 13);
        int code = run("follow", "--once", "--format", "suricata", eve.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Events read: 8 · stored: 8 · already stored: 0");
        assertThat(storedEvents()).isEqualTo(13);
    }

    @Test
    void aFileRotatedBetweenTwoRunsInAFollowedFolderIsNeitherReadAgainNorSkipped() throws Exception {
        append(eve, 0, 5);
        run("follow", "--once", "--format", "suricata", logs.toString());

        append(eve, 5, 7); // written before the rotation, after the first run
        Files.move(eve, logs.resolve("eve.json.1"));
        append(eve, 7, 13);
        int code = run("follow", "--once", "--format", "suricata", logs.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Events read: 8 · stored: 8 · already stored: 0")
                .contains("files followed: 2 ·");
        assertThat(storedEvents()).isEqualTo(13);
    }

    @Test
    void aDocumentFormatIsAUsageErrorThatPointsToIngest() throws Exception {
        append(eve, 0, 1);

        int code = run("follow", "--once", "--format", "ocsf", eve.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("ocsf files are JSON documents").contains("vigil ingest");
    }

    @Test
    void anUnknownFormatListsOnlyTheFormatsThatCanBeFollowed() {
        int code = run("follow", "--format", "pcap", eve.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().findFirst().orElseThrow())
                .contains("the formats are: ", "suricata", "wazuh", "zeek")
                .doesNotContain("ocsf", "stix");
    }

    @Test
    void helpDescribesTheCommandInTheUsersLanguage() {
        int english = run("follow", "--help");
        String englishHelp = out.toString();
        int german = run(Language.DE, "follow", "--help");

        assertThat(english).isZero();
        assertThat(englishHelp).contains("tail -F").contains("--once").contains("Files or folders to follow");
        assertThat(german).isZero();
        assertThat(out.toString()).contains("Zu verfolgende Dateien").doesNotContain("Files or folders to follow");
    }
}
