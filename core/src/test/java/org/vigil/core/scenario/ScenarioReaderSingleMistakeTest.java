package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.TestScenario.ONLINE_SALES;
import static org.vigil.core.TestScenario.RETAILER;
import static org.vigil.core.TestScenario.WEB_SERVER;
import static org.vigil.core.scenario.ScenarioReading.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.core.TestScenario;
import org.vigil.core.model.DependencyType;
import org.vigil.core.model.ImpactGrowth;
import org.vigil.core.model.OrganisationType;

/** Each kind of single mistake in an otherwise valid scenario file is reported at its JSON path. */
class ScenarioReaderSingleMistakeTest {

    static Stream<Arguments> singleMistakes() {
        return Stream.of(
                mistake("missing name", s -> s.remove("$.name"), "$.name", ProblemCode.MISSING_FIELD),
                mistake("blank name", s -> s.set("$.name", "  "), "$.name", ProblemCode.EMPTY_TEXT),
                mistake("id with capitals", s -> s.set("$.id", "Northwind"), "$.id", ProblemCode.BAD_ID),
                mistake("id longer than 64", s -> s.set("$.id", "a".repeat(65)), "$.id", ProblemCode.BAD_ID),
                mistake(
                        "timeline not an array",
                        s -> s.set("$.timeline", "later"),
                        "$.timeline",
                        ProblemCode.WRONG_TYPE),
                mistake(
                        "duplicate organisation",
                        s -> s.withOrganisation(RETAILER, OrganisationType.BANK, "Another"),
                        "$.organisations[2].id",
                        ProblemCode.DUPLICATE_ID),
                mistake(
                        "unknown organisation type",
                        s -> s.set("$.organisations[0].type", "SHOP"),
                        "$.organisations[0].type",
                        ProblemCode.UNKNOWN_VALUE),
                mistake(
                        "unknown monitor kind",
                        s -> s.set("$.monitors[0].kind", "IDS"),
                        "$.monitors[0].kind",
                        ProblemCode.UNKNOWN_VALUE),
                mistake(
                        "criticality as text",
                        s -> s.set("$.assets[0].criticality", "high"),
                        "$.assets[0].criticality",
                        ProblemCode.WRONG_TYPE),
                mistake(
                        "criticality with a fraction",
                        s -> s.set("$.assets[0].criticality", 2.5),
                        "$.assets[0].criticality",
                        ProblemCode.WRONG_TYPE),
                mistake(
                        "continuity on a server",
                        s -> s.withContinuity(WEB_SERVER, 10, 20),
                        "$.assets[0].continuity",
                        ProblemCode.CONTINUITY_NOT_BUSINESS),
                mistake(
                        "RTO of zero",
                        s -> s.set("$.assets[5].continuity.rtoMinutes", 0),
                        "$.assets[5].continuity.rtoMinutes",
                        ProblemCode.OUT_OF_RANGE),
                mistake(
                        "negative output per day",
                        s -> s.set("$.assets[5].continuity.outputPerDay", -1),
                        "$.assets[5].continuity.outputPerDay",
                        ProblemCode.OUT_OF_RANGE),
                mistake(
                        "maximum impact above one",
                        s -> s.set("$.dependencies[0].maxImpact", 1.5),
                        "$.dependencies[0].maxImpact",
                        ProblemCode.OUT_OF_RANGE),
                mistake(
                        "maximum impact as text",
                        s -> s.set("$.dependencies[0].maxImpact", "half"),
                        "$.dependencies[0].maxImpact",
                        ProblemCode.WRONG_TYPE),
                mistake(
                        "self dependency",
                        s -> s.set("$.dependencies[0].to", WEB_SERVER),
                        "$.dependencies[0]",
                        ProblemCode.SELF_DEPENDENCY),
                mistake(
                        "same pair twice",
                        s -> s.withDependency(
                                WEB_SERVER, ONLINE_SALES, DependencyType.CONNECTS, 0.1, 0, ImpactGrowth.STEP, 0, null),
                        "$.dependencies[6]",
                        ProblemCode.DUPLICATE_DEPENDENCY),
                mistake(
                        "negative delay",
                        s -> s.set("$.dependencies[0].delayMinutes", -1),
                        "$.dependencies[0].delayMinutes",
                        ProblemCode.OUT_OF_RANGE),
                mistake(
                        "negative likelihood",
                        s -> s.set("$.dependencies[0].likelihood", -0.1),
                        "$.dependencies[0].likelihood",
                        ProblemCode.OUT_OF_RANGE),
                mistake(
                        "unknown dependency type",
                        s -> s.set("$.dependencies[0].type", "RUNS"),
                        "$.dependencies[0].type",
                        ProblemCode.UNKNOWN_VALUE),
                mistake(
                        "offset after 30 days",
                        s -> s.set("$.timeline[0].offsetSeconds", 2_592_001),
                        "$.timeline[0].offsetSeconds",
                        ProblemCode.OUT_OF_RANGE),
                mistake(
                        "event about an unknown asset",
                        s -> s.set("$.timeline[0].asset", "ghost"),
                        "$.timeline[0].asset",
                        ProblemCode.UNKNOWN_ASSET),
                mistake(
                        "event without fields",
                        s -> s.set("$.timeline[0].fields", JsonNodeFactory.instance.objectNode()),
                        "$.timeline[0].fields",
                        ProblemCode.EMPTY_LIST),
                mistake(
                        "translation that is not text",
                        s -> s.set(
                                "$.translations.de",
                                JsonNodeFactory.instance.objectNode().put("scenario.name", 7)),
                        "$.translations.de.scenario.name",
                        ProblemCode.WRONG_TYPE),
                mistake(
                        "identifier of an unknown type",
                        s -> s.withIdentifiers(WEB_SERVER, "mac", "00:00:5e:00:53:af"),
                        "$.assets[0].identifiers.mac",
                        ProblemCode.UNKNOWN_FIELD));
    }

    private static Arguments mistake(
            String description, UnaryOperator<TestScenario> mistake, String path, ProblemCode code) {
        return Arguments.of(description, mistake, path, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleMistakes")
    void reportsASingleMistakeAtItsPath(
            String description, UnaryOperator<TestScenario> mistake, String path, ProblemCode code) {
        // given
        TestScenario scenario = mistake.apply(TestScenario.small());

        // when
        ScenarioReadResult result = read(scenario);

        // then
        assertThat(result.problems())
                .filteredOn(p -> p.code() != ProblemCode.CYCLE)
                .extracting(Problem::path, Problem::code)
                .containsExactly(tuple(path, code));
        assertThat(result.scenario().isPresent()).isEqualTo(code.severity() != Severity.ERROR);
    }
}
