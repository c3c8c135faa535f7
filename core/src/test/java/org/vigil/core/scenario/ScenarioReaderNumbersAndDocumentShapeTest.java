package org.vigil.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.vigil.core.scenario.ScenarioReading.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.vigil.core.TestScenario;

/** Numbers too big for the model and a document of the wrong shape are refused rather than silently accepted. */
class ScenarioReaderNumbersAndDocumentShapeTest {

    @Test
    void refusesAnIntegerTooBigForSixtyFourBits() {
        // 2^64 + 3 wraps to 3 when read as a long
        TestScenario scenario = TestScenario.small()
                .set(
                        "$.assets[0].criticality",
                        JsonNodeFactory.instance.numberNode(new BigInteger("18446744073709551619")));

        assertThat(read(scenario).problems())
                .extracting(Problem::path, Problem::code)
                .contains(tuple("$.assets[0].criticality", ProblemCode.OUT_OF_RANGE));
    }

    @Test
    void refusesAScenarioWithoutDescription() {
        assertThat(read(TestScenario.small().remove("$.description")).problems())
                .extracting(Problem::path, Problem::code)
                .contains(tuple("$.description", ProblemCode.MISSING_FIELD));
    }

    @Test
    void refusesASecondDocumentAfterTheRootObject() {
        String json = TestScenario.small().toJson() + "\n{\"id\": \"second\"}";

        assertThat(read(json).problems()).extracting(Problem::code).contains(ProblemCode.SYNTAX);
    }

    @Test
    void refusesAKeyGivenTwiceInsteadOfSilentlyKeepingTheLast() {
        String json = "{\n  \"formatVersion\": 1,\n  \"id\": \"a\",\n  \"id\": \"b\"\n}";

        assertThat(read(json).problems())
                .extracting(Problem::code, Problem::line)
                .containsExactly(tuple(ProblemCode.SYNTAX, 4));
    }
}
