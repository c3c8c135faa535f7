package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;

/** {@code vigil follow --once}, run in-process: each run stores only what the last one had not read. */
class FollowCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;
    private Path workspace;
    private Path logs;
    private Path eve;
    private List<String> sample;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir);
        workspace = cli.workspace();
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
        return cli.run(language, args);
    }

    private int run(String... args) {
        return cli.run(args);
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
        String firstOut = cli.out();

        append(eve, 5, 8);
        int second = run("follow", "--once", "--format", "suricata", eve.toString());

        assertThat(first).isZero();
        assertThat(firstOut).contains("Events read: 5 · stored: 5 · already stored: 0 · quarantined: 0");
        assertThat(second).isZero();
        assertThat(cli.out()).contains("Events read: 3 · stored: 3 · already stored: 0 · quarantined: 0");
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
        assertThat(cli.out()).contains("Events read: 8 · stored: 8 · already stored: 0");
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
        assertThat(cli.out())
                .contains("Events read: 8 · stored: 8 · already stored: 0")
                .contains("files followed: 2 ·");
        assertThat(storedEvents()).isEqualTo(13);
    }

    @Test
    void aDocumentFormatIsAUsageErrorThatPointsToIngest() throws Exception {
        append(eve, 0, 1);

        int code = run("follow", "--once", "--format", "ocsf", eve.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("ocsf files are JSON documents").contains("vigil ingest");
    }

    @Test
    void anUnknownFormatListsOnlyTheFormatsThatCanBeFollowed() {
        int code = run("follow", "--format", "pcap", eve.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err().lines().findFirst().orElseThrow())
                .contains("the formats are: ", "suricata", "wazuh", "zeek")
                .doesNotContain("ocsf", "stix");
    }

    @Test
    void helpDescribesTheCommandInTheUsersLanguage() {
        int english = run("follow", "--help");
        String englishHelp = cli.out();
        int german = run(Language.DE, "follow", "--help");

        assertThat(english).isZero();
        assertThat(englishHelp).contains("tail -F").contains("--once").contains("Files or folders to follow");
        assertThat(german).isZero();
        assertThat(cli.out()).contains("Zu verfolgende Dateien").doesNotContain("Files or folders to follow");
    }
}
