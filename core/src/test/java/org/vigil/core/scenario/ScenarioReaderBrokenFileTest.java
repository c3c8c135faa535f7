package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.TestScenario.RETAILER;
import static org.vigil.core.TestScenario.WEB_SERVER;
import static org.vigil.core.scenario.ScenarioReading.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.TestScenario;
import org.vigil.core.model.AssetKind;

/** A scenario file with mistakes in its content: every problem is reported at once, with path, line and arguments. */
class ScenarioReaderBrokenFileTest {

    private static List<Problem> errors(ScenarioReadResult result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }

    @Test
    void reportsEveryProblemAtOnceAndReturnsNoScenario() {
        // given one file with many different mistakes
        TestScenario broken = TestScenario.small()
                .set("$.formatVersion", 2)
                .set("$.assets[0].colour", "red")
                .set("$.assets[0].identifiers.ip[1]", "example.com")
                .set("$.assets[0].identifiers.cidr[0]", "10.0.0.0/33")
                .set("$.assets[1].owner", "nobody")
                .set("$.assets[2].criticality", 9)
                .set("$.assets[4].kind", "SERVER")
                .remove("$.assets[5].continuity")
                .withAsset(WEB_SERVER, AssetKind.SERVER, RETAILER)
                .withAsset("checkout", AssetKind.BUSINESS_SERVICE, RETAILER)
                .withContinuity("checkout", 500, 100)
                .set("$.dependencies[0].from", "ghost")
                .set("$.dependencies[1].likelihood", 1.5)
                .set("$.dependencies[2].rampMinutes", 0)
                .set("$.dependencies[3].growth", "STEP")
                .set("$.timeline[1].monitor", "zeek-core")
                .withTranslation("de", "asset.ghost.name", "Geist")
                .withTranslation("en_US", "scenario.name", "Card skimming");

        // when
        ScenarioReadResult result = read(broken);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrder(
                        tuple("$.formatVersion", ProblemCode.UNSUPPORTED_VERSION),
                        tuple("$.assets[0].colour", ProblemCode.UNKNOWN_FIELD),
                        tuple("$.assets[0].identifiers.ip[1]", ProblemCode.BAD_IP),
                        tuple("$.assets[0].identifiers.cidr[0]", ProblemCode.BAD_CIDR),
                        tuple("$.assets[1].owner", ProblemCode.UNKNOWN_ORGANISATION),
                        tuple("$.assets[2].criticality", ProblemCode.OUT_OF_RANGE),
                        tuple("$.assets[4].kind", ProblemCode.KIND_NOT_IN_LAYER),
                        tuple("$.assets[5].continuity", ProblemCode.CONTINUITY_MISSING),
                        tuple("$.assets[6].id", ProblemCode.DUPLICATE_ID),
                        tuple("$.assets[7].continuity", ProblemCode.RTO_AFTER_MTPD),
                        tuple("$.dependencies[0].from", ProblemCode.UNKNOWN_ASSET),
                        tuple("$.dependencies[1].likelihood", ProblemCode.OUT_OF_RANGE),
                        tuple("$.dependencies[2].rampMinutes", ProblemCode.RAMP_MISSING),
                        tuple("$.dependencies[3].rampMinutes", ProblemCode.RAMP_FOR_STEP),
                        tuple("$.timeline[1].monitor", ProblemCode.UNKNOWN_MONITOR),
                        tuple("$.translations.de.asset.ghost.name", ProblemCode.UNKNOWN_TRANSLATION_KEY),
                        tuple("$.translations.en_US", ProblemCode.BAD_LANGUAGE),
                        tuple("$.dependencies", ProblemCode.CYCLE));
        assertThat(result.problems())
                .filteredOn(p -> p.severity() != Severity.ERROR)
                .extracting(Problem::code, Problem::severity)
                .containsExactlyInAnyOrder(
                        tuple(ProblemCode.UNKNOWN_FIELD, Severity.WARNING), tuple(ProblemCode.CYCLE, Severity.INFO));
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("scenario.json");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void withoutOrganisationsReportsTheEmptyListAndEveryOwnerLeftWithout() {
        // given
        TestScenario scenario = TestScenario.minimal().set("$.organisations", JsonNodeFactory.instance.arrayNode());

        // when
        ScenarioReadResult result = read(scenario);

        // then
        assertThat(result.scenario()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::path, Problem::code)
                .containsExactly(
                        tuple("$.organisations", ProblemCode.EMPTY_LIST),
                        tuple("$.assets[0].owner", ProblemCode.UNKNOWN_ORGANISATION));
    }

    @Test
    void missingEveryRequiredFieldReportsEachOfThem() {
        // when
        ScenarioReadResult result = read("{}");

        // then
        assertThat(result.problems())
                .extracting(Problem::path, Problem::code)
                .contains(
                        tuple("$.formatVersion", ProblemCode.MISSING_FIELD),
                        tuple("$.id", ProblemCode.MISSING_FIELD),
                        tuple("$.name", ProblemCode.MISSING_FIELD),
                        tuple("$.organisations", ProblemCode.MISSING_FIELD),
                        tuple("$.monitors", ProblemCode.MISSING_FIELD),
                        tuple("$.assets", ProblemCode.MISSING_FIELD),
                        tuple("$.dependencies", ProblemCode.MISSING_FIELD),
                        tuple("$.timeline", ProblemCode.MISSING_FIELD));
    }

    @Test
    void namesTheArgumentsAUserNeedsToFixEachProblem() {
        // given
        TestScenario broken = TestScenario.small()
                .set("$.formatVersion", 2)
                .set("$.assets[2].criticality", 9)
                .set("$.assets[4].kind", "SERVER")
                .withAsset("checkout", AssetKind.BUSINESS_SERVICE, RETAILER)
                .withContinuity("checkout", 500, 100);

        // when
        List<Problem> problems = errors(read(broken));

        // then
        assertThat(problems)
                .extracting(Problem::code, Problem::args)
                .containsExactlyInAnyOrder(
                        tuple(ProblemCode.UNSUPPORTED_VERSION, List.of("2", "1")),
                        tuple(ProblemCode.OUT_OF_RANGE, List.of("9", "1", "5")),
                        tuple(ProblemCode.KIND_NOT_IN_LAYER, List.of("SERVER", "HUMAN")),
                        tuple(ProblemCode.RTO_AFTER_MTPD, List.of("500", "100")));
    }

    @Test
    void namesTheLineOfEachProblem() {
        // given
        String json = """
                {
                  "formatVersion": 1,
                  "id": "lines",
                  "name": "Lines",
                  "description": "Problems name their lines.",
                  "organisations": [
                    {"id": "northwind", "type": "RETAILER", "name": "Northwind"}
                  ],
                  "monitors": [],
                  "assets": [
                    {
                      "id": "web-server",
                      "layer": "CYBER",
                      "kind": "SERVER",
                      "owner": "nobody",
                      "name": "Web server",
                      "criticality": 7
                    },
                    {
                      "id": "online-sales",
                      "layer": "BUSINESS",
                      "kind": "BUSINESS_SERVICE",
                      "owner": "northwind",
                      "name": "Online sales",
                      "criticality": 5
                    }
                  ],
                  "dependencies": [
                    {"from": "web-server", "to": "ghost", "type": "HOSTS", "likelihood": 1,
                     "delayMinutes": 0, "growth": "STEP", "rampMinutes": 0}
                  ],
                  "timeline": []
                }
                """;

        // when
        ScenarioReadResult result = read(json);

        // then
        assertThat(result.problems())
                .extracting(Problem::path, Problem::code, Problem::line)
                .containsExactlyInAnyOrder(
                        tuple("$.assets[0].owner", ProblemCode.UNKNOWN_ORGANISATION, 15),
                        tuple("$.assets[0].criticality", ProblemCode.OUT_OF_RANGE, 17),
                        // a missing field is placed on the object that lacks it
                        tuple("$.assets[1].continuity", ProblemCode.CONTINUITY_MISSING, 19),
                        tuple("$.dependencies[0].to", ProblemCode.UNKNOWN_ASSET, 29));
        assertThat(result.problems())
                .filteredOn(p -> p.code() == ProblemCode.UNKNOWN_ORGANISATION)
                .singleElement()
                .extracting(Problem::location)
                .isEqualTo("scenario.json:15: $.assets[0].owner");
    }
}
