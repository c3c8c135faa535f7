package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Language;

/** {@code vigil scenario import-topology}: a topology file becomes a scenario of the workspace, or nothing. */
class ScenarioImportTopologyCommandTest {

    /** Four nodes, one not a Vigil id; a header, a self-loop and a repeated link. */
    private static final String LINKS = """
            source,target
            a,b
            b,c
            c,c
            a,b
            Bus 7,c
            """;

    @TempDir
    Path dir;

    private CliHarness cli;
    private Path links;

    @BeforeEach
    void smallEdgeList() throws Exception {
        cli = new CliHarness(dir);
        links = cli.file("links.csv", LINKS);
    }

    @Test
    void anEdgeListBecomesAScenarioAndTheReportSaysWhatWasMadeOfIt() throws Exception {
        // when
        int code = cli.run("scenario", "import-topology", links.toString(), "--id", "small-grid");

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Imported links.csv as scenario small-grid into " + cli.workspace())
                .contains("  4 nodes, each now an asset")
                .contains("  5 links read")
                .contains("  6 dependencies made")
                .contains("  1 link from a node to itself left out")
                .contains("  2 repeated dependencies left out")
                .contains("  1 node ID changed into a Vigil ID");
        Scenario scenario = stored("small-grid");
        assertThat(scenario.name()).isEqualTo("small-grid");
        assertThat(scenario.organisations())
                .containsExactly(new Organisation("small-grid", OrganisationType.LOGISTICS, "small-grid"));
        assertThat(scenario.assets()).extracting(Asset::kind).containsOnly(AssetKind.FACILITY);
        assertThat(scenario.dependencies()).extracting(Dependency::likelihood).containsOnly(0.5);
    }

    @Test
    void theOptionsGiveWhatTheFileDoesNotSay() throws Exception {
        // when
        int code = cli.run(
                "scenario",
                "import-topology",
                links.toString(),
                "--format",
                "edgelist",
                "--id",
                "small-grid",
                "--name",
                "Small grid",
                "--organisation",
                "grid-operator",
                "--organisation-type",
                "cloud hosting",
                "--kind",
                "network",
                "--likelihood",
                "0.8",
                "--delay",
                "1h30m",
                "--directed");

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("3 dependencies made").contains("1 repeated dependency left out");
        Scenario scenario = stored("small-grid");
        assertThat(scenario.name()).isEqualTo("Small grid");
        assertThat(scenario.organisations())
                .containsExactly(new Organisation("grid-operator", OrganisationType.CLOUD_HOSTING, "grid-operator"));
        assertThat(scenario.assets()).extracting(Asset::kind).containsOnly(AssetKind.NETWORK);
        assertThat(scenario.dependencies())
                .extracting(Dependency::fromId, Dependency::toId, Dependency::likelihood, Dependency::delayMinutes)
                .contains(tuple("a", "b", 0.8, 90.0), tuple("b", "c", 0.8, 90.0));
    }

    @Test
    void theWesternUsPowerGridImportsAndCascades() throws Exception {
        // given
        Path grid = cli.sample("/topology/us-western-states/edges.csv", "edges.csv");

        // when
        int code = cli.run(
                "scenario", "import-topology", grid.toString(), "--id", "western-grid", "--name", "Western grid");

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("4,941 nodes, each now an asset")
                .contains("6,594 links read")
                .contains("13,188 dependencies made")
                .contains("0 links from a node to itself left out")
                .contains("0 repeated dependencies left out")
                .contains("0 node IDs changed into Vigil IDs");
        assertThat(cli.run("scenario", "list")).isZero();
        assertThat(cli.out()).contains("western-grid", "Western grid", "4941");

        // and a failure at node 1 spreads through the grid
        assertThat(cli.run("cascade", "--scenario", "western-grid", "--start", "1", "--json"))
                .isZero();
        JsonNode run = new ObjectMapper().readTree(cli.out());
        assertThat(run.get("assetsHit").asInt()).isGreaterThan(1);
        assertThat(run.get("assets").get(0).get("asset").asText()).isEqualTo("1");
    }

    @Test
    void anExistingScenarioIsReplacedOnlyWithReplace() throws Exception {
        // given
        assertThat(cli.run("scenario", "import-topology", links.toString(), "--id", "small-grid"))
                .isZero();

        // when
        int again = cli.run("scenario", "import-topology", links.toString(), "--id", "small-grid", "--name", "Again");
        String refusal = cli.err();
        int pilot = cli.run("scenario", "import-topology", links.toString(), "--id", "bank-payments");
        int replaced = cli.run(
                "scenario", "import-topology", links.toString(), "--id", "small-grid", "--name", "Again", "--replace");

        // then
        assertThat(again).isEqualTo(1);
        assertThat(refusal)
                .contains("already holds a scenario with the ID small-grid")
                .contains("--replace");
        assertThat(pilot).isEqualTo(1);
        assertThat(stored("bank-payments").asset("hsm-gateway")).isPresent();
        assertThat(replaced).isZero();
        assertThat(stored("small-grid").name()).isEqualTo("Again");
    }

    @Test
    void aFileWithProblemsListsEachWithItsLineAndChangesNothing() throws Exception {
        // given
        cli.run("scenario", "list");
        byte[] before = Files.readAllBytes(cli.workspace());
        Path broken = cli.file("broken.csv", "a,b\nc\nd,e,likely\n");

        // when
        int code = cli.run("scenario", "import-topology", broken.toString(), "--id", "broken");

        // then
        assertThat(code).isEqualTo(1);
        assertThat(cli.err())
                .contains(broken + ":2: error: 1 column found, at least 2 needed")
                .contains(broken + ":3: likelihood: error: \"likely\" is not a number")
                .contains("Nothing was imported");
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readAllBytes(cli.workspace())).isEqualTo(before);
    }

    @Test
    void problemsAreSaidInTheUsersLanguage() throws Exception {
        Path broken = cli.file("broken.csv", "a,b\nc\n");
        Path unknown = cli.file("grid.txt", "a,b\n");

        int columns = cli.run(Language.PL, "scenario", "import-topology", broken.toString(), "--id", "broken");
        String columnsError = cli.err();
        int format = cli.run(Language.PL, "scenario", "import-topology", unknown.toString(), "--id", "grid");

        assertThat(columns).isEqualTo(1);
        assertThat(columnsError)
                .contains(broken + ":2: błąd: znaleziono 1 kolumnę, potrzeba co najmniej 2")
                .contains("Nic nie zostało zaimportowane");
        assertThat(format).isEqualTo(1);
        assertThat(cli.err())
                .contains("grid.txt nie jest plikiem topologii znanym Vigil; użyj jednego z rozszerzeń .csv");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(
                        List.of("--id", "Small Grid"),
                        "--id \"Small Grid\" is not a valid ID: use lower-case letters, digits and hyphens"),
                Arguments.of(
                        List.of("--id", "g", "--format", "xml"),
                        "--format xml: unknown format; the formats are: csv, tsv, edges, edgelist, graphml, gexf, dgs"),
                Arguments.of(
                        List.of("--id", "g", "--kind", "substation"), "--kind substation: unknown kind; the kinds"),
                Arguments.of(
                        List.of("--id", "g", "--kind", "business-service"),
                        "--kind business-service: such assets need continuity targets"),
                Arguments.of(
                        List.of("--id", "g", "--organisation-type", "bakery"),
                        "--organisation-type bakery: unknown type; the types are: retailer, bank"),
                Arguments.of(
                        List.of("--id", "g", "--likelihood", "1.5"), "--likelihood 1.5: give a number from 0 to 1"),
                Arguments.of(
                        List.of("--id", "g", "--likelihood", "often"), "--likelihood often: give a number from 0 to 1"),
                Arguments.of(List.of("--id", "g", "--delay", "soon"), "--delay soon: not a time"),
                Arguments.of(List.of("--id", "g", "--name", " "), "--name and --organisation must not be blank"),
                Arguments.of(List.of(), "missing --id=ID"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorThatNamesItAndTouchesNothing(List<String> args, String reason) {
        // given
        List<String> command = new ArrayList<>(List.of("scenario", "import-topology", links.toString()));
        command.addAll(args);

        // when
        int code = cli.run(command.toArray(String[]::new));

        // then
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("The command line is not valid: " + reason);
        assertThat(cli.workspace()).doesNotExist();
    }

    private Scenario stored(String id) throws Exception {
        try (Workspace workspace = Workspace.open(cli.workspace())) {
            return workspace.scenarios().find(id).orElseThrow();
        }
    }
}
