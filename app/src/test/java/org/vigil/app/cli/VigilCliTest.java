package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

class VigilCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path workspace;
    private final List<Path> windowsOpened = new ArrayList<>();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() {
        workspace = dir.resolve("data").resolve("workspace.db");
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
                windowsOpened::add);
        out = new StringWriter();
        err = new StringWriter();
        cli.commandLine().setOut(new PrintWriter(out, true));
        cli.commandLine().setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(Language.EN, args);
    }

    private Path pilotFile(String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = PilotScenarios.class.getResourceAsStream("/org/vigil/content/scenarios/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void withoutACommandItOpensTheWindowOnTheChosenWorkspace() {
        Path other = dir.resolve("other.db");

        int code = run("--workspace", other.toString());

        assertThat(code).isZero();
        assertThat(windowsOpened).containsExactly(other);
    }

    @Test
    void listOnANewWorkspaceShowsTheThreePilotsWithAssetCountsByLayer() {
        int code = run("scenario", "list");

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("ID", "NAME", "CYBER", "PHYSICAL", "HUMAN", "BUSINESS");
        assertThat(out.toString()).contains("retail-ecommerce", "pharmacy-delivery", "bank-payments");
        assertThat(workspace).exists();
    }

    @Test
    void workspaceOptionIsAcceptedAfterTheSubcommandToo() {
        Path other = dir.resolve("elsewhere.db");

        int code = run("scenario", "list", "--workspace", other.toString());

        assertThat(code).isZero();
        assertThat(other).exists();
        assertThat(workspace).doesNotExist();
    }

    @Test
    void validatePassesOnEveryPilot() throws IOException {
        List<String> args = new ArrayList<>(List.of("scenario", "validate"));
        for (String pilot : PilotScenarios.FILES) {
            args.add(pilotFile(pilot).toString());
        }

        int code = run(args.toArray(String[]::new));

        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("3 files checked: 0 errors");
    }

    @Test
    void validateListsEveryProblemOfABrokenFileWithLineAndPath() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {
                  "formatVersion": 1,
                  "id": "Broken Id",
                  "name": "Broken",
                  "description": "Six mistakes in one file.",
                  "organisations": [{"id": "shop", "type": "RETAILER", "name": "Shop"}],
                  "monitors": [],
                  "assets": [
                    {"id": "web", "layer": "CYBER", "kind": "WAREHOUSE", "owner": "nobody",
                     "name": "Web", "criticality": 9}
                  ],
                  "dependencies": [
                    {"from": "web", "to": "ghost", "type": "HOSTS", "likelihood": 1.5,
                     "delayMinutes": 0, "growth": "STEP", "rampMinutes": 0}
                  ],
                  "timeline": []
                }
                """, StandardCharsets.UTF_8);

        int code = run("scenario", "validate", broken.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("broken.json:3: $.id: error: \"Broken Id\" is not a valid ID")
                .contains("broken.json:9: $.assets[0].kind: error: kind WAREHOUSE does not belong to layer CYBER")
                .contains("$.assets[0].owner: error: no organisation has the ID \"nobody\"")
                .contains("$.assets[0].criticality: error: 9 is out of range")
                .contains("$.dependencies[0].to: error: no asset has the ID \"ghost\"")
                .contains("$.dependencies[0].likelihood: error: 1.5 is out of range")
                .contains("1 file checked: 6 errors");
    }

    @Test
    void validateSpeaksTheUsersLanguage() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");

        int code = run(Language.DE, "scenario", "validate", broken.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).doesNotContain("error:").doesNotContain("checked");
    }

    @Test
    void importOfAnInvalidFileChangesNothing() throws IOException {
        run("scenario", "list");
        byte[] before = Files.readAllBytes(workspace);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 2}");

        int code = run("scenario", "import", broken.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing was imported");
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
    }

    @Test
    void exportThenImportUnderReplaceRoundTripsAScenario() throws Exception {
        Path exported = dir.resolve("retail.json");

        int exportCode = run("scenario", "export", "retail-ecommerce", "--output", exported.toString());
        int refused = run("scenario", "import", exported.toString());
        String refusal = err.toString();
        int replaced = run("scenario", "import", "--replace", exported.toString());

        assertThat(exportCode).isZero();
        assertThat(refused).isEqualTo(1);
        assertThat(refusal).contains("--replace");
        assertThat(replaced).isZero();
        try (Workspace w = Workspace.open(workspace)) {
            assertThat(w.scenarios().summaries()).hasSize(3);
            assertThat(w.scenarios().find("retail-ecommerce"))
                    .isEqualTo(new ScenarioReader().read(exported).scenario());
        }
    }

    @Test
    void exportOfAnUnknownScenarioSaysHowToFindTheIds() {
        int code = run("scenario", "export", "nope");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("vigil scenario list");
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        int code = run("scenario", "validate");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("FILE");
    }

    @Test
    void aGroupWithoutACommandIsAUsageErrorThatNamesTheCommands() {
        int code = run("scenario");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("list, validate, import, export").contains("vigil scenario --help");
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        int code = run("scenario", "validat", "x.json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The command line is not valid").contains("validate");
    }

    @Test
    void helpDescribesEveryOptionAndTheDefaultWorkspace() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--workspace=PATH").contains(workspace.toString());
    }

    @Test
    void helpIsTranslated() {
        int code = run(Language.FR, "scenario", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("validate", "import", "export");
        assertThat(out.toString()).doesNotContain("List, check, import and export scenarios.");
    }

    @Test
    void aWorkspaceFromANewerVigilIsRefusedWithAClearMessage() throws Exception {
        run("scenario", "list");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace)) {
            c.createStatement().execute("PRAGMA user_version = 42");
        }

        int code = run("scenario", "list");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("newer Vigil", "42", "--workspace");
    }

    private Path eveSample() throws IOException {
        Path file = Files.createDirectories(dir.resolve("feeds")).resolve("eve.json");
        try (var in = VigilCliTest.class.getResourceAsStream("/feeds/eve.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void ingestStoresEachEventOnceAndTheCountsAddUp() throws IOException {
        Path eve = eveSample();
        long lines = Files.readAllLines(eve).stream().filter(l -> !l.isBlank()).count();

        int first = run("ingest", "--format", "suricata", eve.toString());
        String firstOut = out.toString();
        int second = run("ingest", "--format", "suricata", eve.getParent().toString());

        assertThat(first).isZero();
        assertThat(firstOut).contains("Events read: " + lines + " · stored: " + lines + " · already stored: 0");
        assertThat(second).isZero();
        assertThat(out.toString()).contains("stored: 0 · already stored: " + lines + " · quarantined: 0");
    }

    @Test
    void ingestQuarantinesBadLinesNamesThemAndExitsWithOne() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readAllLines(eveSample()).get(0) + "\n{\"event_type\": \"alert\"}\n");

        int code = run("ingest", "--format", "suricata", bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Events read: 2 · stored: 1").contains("quarantined: 1");
        assertThat(err.toString()).contains("bad.json at byte ").contains("quarantined: ");
    }

    @Test
    void ingestOfAnUnknownFormatListsTheFormats() {
        int code = run("ingest", "--format", "pcap", "x");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("suricata", "wazuh", "zeek");
    }

    @Test
    void rulesValidateListsEveryBadRuleWithItsFileAndExitsWithOne() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("good.yml"), """
                title: Failed login
                id: 5638f7c0-ac70-491d-8465-2a65075e0d86
                logsource:
                    product: windows
                detection:
                    selection:
                        EventID: 4625
                    condition: selection
                """);
        Files.writeString(rules.resolve("broken.yml"), """
                title: No condition
                detection:
                    selection:
                        EventID: 4625
                """);

        int code = run("rules", "validate", rules.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString())
                .contains("broken.yml")
                .contains("Rules loaded: 1")
                .contains("problems: 1");
    }
}
