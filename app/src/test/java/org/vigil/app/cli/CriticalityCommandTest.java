package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.i18n.Language;

/**
 * {@code vigil criticality} on the retail and bank pilots, with what {@code PilotAnalysisTest}
 * finds at a horizon of one day: the data centres cost most, the customer database and card
 * authorisation are the chokepoints.
 */
class CriticalityCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void pilotsInANewWorkspace() {
        cli = new CliHarness(dir);
    }

    @Test
    void inTheRetailPilotTheHostingDataCentreCostsMostAndTheCustomerDatabaseIsTheChokepoint() {
        // when
        int code = cli.run("criticality", "--scenario", "retail-ecommerce");

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Criticality in retail-ecommerce: 57 assets, each failing alone; impacts counted up to +1 d"
                        + " after the failure.")
                .contains("47 more assets not shown; see --top or --json.");
        List<String[]> impacts = rows(cli.out(), "Assets whose failure costs most by +1 d");
        assertThat(impacts.get(0))
                .containsExactly("RANK", "ASSET", "LAYER", "ORGANISATION", "EXPECTED IMPACT", "ASSETS HIT");
        assertThat(impacts).hasSize(11);
        assertThat(impacts.get(1)).startsWith("1", "kestrel-dc", "Physical", "kestrel-cloud");
        List<String[]> betweenness = rows(cli.out(), "Chokepoints:");
        assertThat(betweenness.get(0)).containsExactly("RANK", "ASSET", "LAYER", "ORGANISATION", "BETWEENNESS");
        assertThat(betweenness.get(1)).startsWith("1", "customer-db", "Cyber", "lumenhaus");
        List<String[]> chains = rows(cli.out(), "Riskiest dependency chains of at most 6 hops");
        assertThat(chains.get(0)).containsExactly("RANK", "LIKELIHOOD", "END CRITICALITY", "RISK", "CHAIN");
        assertThat(chains).hasSize(6);
        assertThat(chains.get(1)[4]).contains(" → ");
    }

    @Test
    void inTheBankPilotTheDataCentreCostsMostAndCardAuthorisationIsTheChokepoint() {
        // when
        int code = cli.run("criticality", "--scenario", "bank-payments", "--top", "3", "--chains", "2");

        // then
        assertThat(code).as(cli.err()).isZero();
        List<String[]> impacts = rows(cli.out(), "Assets whose failure costs most");
        assertThat(impacts).hasSize(4);
        assertThat(impacts.get(1)[1]).isEqualTo("bank-dc1");
        // everything from the HSM gateway, the switches and the payment gateway to the merchants
        // and cardholders passes card authorisation
        List<String[]> betweenness = rows(cli.out(), "Chokepoints:");
        assertThat(betweenness.subList(1, 3))
                .extracting(row -> row[1])
                .containsExactly("card-authorisation", "hsm-gateway");
        assertThat(rows(cli.out(), "Riskiest dependency chains")).hasSize(3);
        assertThat(cli.out()).contains("54 more assets not shown; see --top or --json.");
    }

    @Test
    void theTablesSpeakTheUsersLanguage() {
        // when
        int code = cli.run(Language.DE, "criticality", "--scenario", "bank-payments", "--horizon", "4h", "--top", "1");

        // then
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Kritikalität in bank-payments: 57 Assets, jedes für sich ausgefallen; Auswirkungen gezählt"
                        + " bis +4 h nach dem Ausfall.")
                .containsPattern("RANG +ASSET +EBENE +ORGANISATION +ERWARTETE AUSWIRKUNG +GETROFFENE ASSETS")
                // the locale's decimal comma
                .containsPattern("(?m)^1 +bank-dc1 +Physisch +meridian-bank +\\d+,\\d\\d +\\d+$")
                .containsPattern("(?m)^1 +card-authorisation +Geschäft +meridian-bank +\\d+,\\d\\d$")
                .contains("Riskanteste Abhängigkeitsketten mit höchstens 6 Schritten")
                .contains("56 weitere Assets nicht angezeigt; siehe --top oder --json.")
                .doesNotContain("EXPECTED");
    }

    @Test
    void jsonGivesEveryAssetAndTheChainsAskedForWithEnglishNames() throws Exception {
        // when
        int code = cli.run("criticality", "--scenario", "retail-ecommerce", "--json");

        // then
        assertThat(code).as(cli.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(report.get("scenario").asText()).isEqualTo("retail-ecommerce");
        assertThat(report.get("horizonMinute").asInt()).isEqualTo(1440);
        JsonNode impacts = report.get("expectedImpacts");
        assertThat(impacts).hasSize(57);
        assertThat(impacts.get(0).get("asset").asText()).isEqualTo("kestrel-dc");
        assertThat(impacts.get(0).get("layer").asText()).isEqualTo("physical");
        assertThat(impacts.get(0).get("organisation").asText()).isEqualTo("kestrel-cloud");
        assertThat(impacts.get(0).get("expectedImpact").asDouble())
                .isGreaterThanOrEqualTo(impacts.get(1).get("expectedImpact").asDouble());
        assertThat(impacts.get(0).get("assetsHit").asInt()).isGreaterThan(1);
        assertThat(report.get("betweenness")).hasSize(57);
        assertThat(report.get("betweenness").get(0).get("asset").asText()).isEqualTo("customer-db");
        assertThat(report.get("maxHops").asInt()).isEqualTo(6);
        JsonNode chains = report.get("riskiestChains");
        assertThat(chains).hasSize(5);
        for (JsonNode chain : chains) {
            assertThat(chain.get("assets").size()).isBetween(2, 7);
            assertThat(chain.get("risk").asDouble())
                    .isCloseTo(
                            chain.get("likelihood").asDouble()
                                    * chain.get("endCriticality").asInt()
                                    / 5,
                            within(1e-12));
        }
    }

    @Test
    void theHorizonAndTheChainsCanBeChosen() throws Exception {
        // when
        int code = cli.run(
                "criticality",
                "--scenario",
                "bank-payments",
                "--horizon",
                "90",
                "--chains",
                "3",
                "--max-hops",
                "1",
                "--json");

        // then
        assertThat(code).as(cli.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(report.get("horizonMinute").asInt()).isEqualTo(90);
        assertThat(report.get("maxHops").asInt()).isEqualTo(1);
        assertThat(report.get("riskiestChains"))
                .hasSize(3)
                .allSatisfy(chain -> assertThat(chain.get("assets")).hasSize(2));
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(
                        List.of("--scenario", "nowhere"),
                        "--scenario nowhere: the workspace holds no scenario with this ID; the IDs are: "
                                + "retail-ecommerce, pharmacy-delivery, bank-payments"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--horizon", "soon"),
                        "--horizon soon: not a time; give minutes (90) or a duration (30m, 2h, 1d)"),
                Arguments.of(List.of("--scenario", "bank-payments", "--horizon", "-1h"), "--horizon -1h: not a time"),
                Arguments.of(List.of("--scenario", "bank-payments", "--top", "0"), "--top must be at least 1, not 0"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--chains", "0"), "--chains must be at least 1, not 0"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--max-hops", "-2"),
                        "--max-hops must be at least 1, not -2"),
                Arguments.of(
                        List.of("--scenario", "bank-payments", "--chains", "few"), "--chains few: give a whole number"),
                Arguments.of(List.of("--horizon", "1d"), "missing --scenario=NAME"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorThatNamesIt(List<String> args, String reason) {
        // given
        List<String> command = new ArrayList<>(List.of("criticality"));
        command.addAll(args);

        // when
        int code = cli.run(command.toArray(String[]::new));

        // then
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("The command line is not valid: " + reason);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aBadArgumentIsExplainedInTheUsersLanguage() {
        // when
        int horizon = cli.run(Language.PL, "criticality", "--scenario", "bank-payments", "--horizon", "wkrótce");
        String horizonError = cli.err();
        int hops = cli.run(Language.RO, "criticality", "--scenario", "bank-payments", "--max-hops", "0");

        // then
        assertThat(horizon).isEqualTo(2);
        assertThat(horizonError).contains("--horizon wkrótce: to nie jest czas");
        assertThat(hops).isEqualTo(2);
        assertThat(cli.err()).contains("--max-hops trebuie să fie cel puțin 1, nu 0");
    }

    /** The rows of the table under the line that starts with {@code title}: header first, cells split. */
    private static List<String[]> rows(String out, String title) {
        List<String> lines = out.lines().toList();
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(title)) {
            at++;
        }
        assertThat(at).as("a table titled " + title).isLessThan(lines.size());
        List<String[]> rows = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String[] cells = lines.get(i).split(" {2,}");
            if (cells.length > 1) {
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
        }
        return rows;
    }
}
