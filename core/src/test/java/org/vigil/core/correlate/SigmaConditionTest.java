package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.detection;
import static org.vigil.core.correlate.SigmaFixtures.json;
import static org.vigil.core.correlate.SigmaFixtures.matches;
import static org.vigil.core.correlate.SigmaFixtures.problemWith;

import org.junit.jupiter.api.Test;

class SigmaConditionTest {

    private static final String SELECTIONS = """
            sel_a:
                a: 1
            sel_b:
                b: 1
            filter:
                c: 1
            _hidden:
                d: 1
            """;

    private static SigmaRule withCondition(String condition) {
        return detection(SELECTIONS + "condition: " + condition);
    }

    @Test
    void andNeedsBothSides() {
        SigmaRule rule = withCondition("sel_a and sel_b");

        assertThat(matches(rule, json("a", 1, "b", 1))).isTrue();
        assertThat(matches(rule, json("a", 1))).isFalse();
    }

    @Test
    void orNeedsEitherSide() {
        SigmaRule rule = withCondition("sel_a or sel_b");

        assertThat(matches(rule, json("b", 1))).isTrue();
        assertThat(matches(rule, json("c", 1))).isFalse();
    }

    @Test
    void notNegates() {
        SigmaRule rule = withCondition("sel_a and not filter");

        assertThat(matches(rule, json("a", 1))).isTrue();
        assertThat(matches(rule, json("a", 1, "c", 1))).isFalse();
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
        SigmaRule rule = withCondition("sel_a or sel_b and not filter");

        assertThat(rule.condition()).isEqualTo("(sel_a or (sel_b and not filter))");
        assertThat(matches(rule, json("a", 1, "c", 1))).isTrue();
        assertThat(matches(rule, json("b", 1, "c", 1))).isFalse();
    }

    @Test
    void parenthesesOverridePrecedence() {
        SigmaRule rule = withCondition("(sel_a or sel_b) and not filter");

        assertThat(matches(rule, json("a", 1, "c", 1))).isFalse();
        assertThat(matches(rule, json("b", 1))).isTrue();
    }

    @Test
    void keywordsAreCaseInsensitive() {
        SigmaRule rule = withCondition("sel_a AND NOT filter");

        assertThat(matches(rule, json("a", 1))).isTrue();
    }

    @Test
    void oneOfAPatternNeedsAnyMatchingIdentifier() {
        SigmaRule rule = withCondition("1 of sel_*");

        assertThat(matches(rule, json("b", 1))).isTrue();
        assertThat(matches(rule, json("c", 1))).isFalse();
    }

    @Test
    void allOfAPatternNeedsEveryMatchingIdentifier() {
        SigmaRule rule = withCondition("all of sel_*");

        assertThat(matches(rule, json("a", 1, "b", 1))).isTrue();
        assertThat(matches(rule, json("a", 1))).isFalse();
    }

    @Test
    void oneOfThemIgnoresIdentifiersStartingWithAnUnderscore() {
        SigmaRule rule = withCondition("1 of them");

        assertThat(matches(rule, json("c", 1))).isTrue();
        assertThat(matches(rule, json("d", 1))).isFalse();
    }

    @Test
    void allOfThemNeedsEveryIdentifierExceptUnderscoredOnes() {
        SigmaRule rule = withCondition("all of them");

        assertThat(matches(rule, json("a", 1, "b", 1, "c", 1))).isTrue();
        assertThat(matches(rule, json("a", 1, "b", 1))).isFalse();
    }

    @Test
    void quantifiersCombineWithOtherOperators() {
        SigmaRule rule = withCondition("1 of sel_* and not 1 of filter*");

        assertThat(matches(rule, json("a", 1))).isTrue();
        assertThat(matches(rule, json("a", 1, "c", 1))).isFalse();
    }

    @Test
    void aListOfConditionsMatchesWhenAnyDoes() {
        SigmaRule rule = detection(SELECTIONS + "condition:\n    - sel_a and sel_b\n    - filter");

        assertThat(matches(rule, json("c", 1))).isTrue();
        assertThat(matches(rule, json("a", 1))).isFalse();
    }

    @Test
    void selectionsMayBeListsOfMapsMatchingAnyMap() {
        SigmaRule rule = detection("sel:\n    - a: 1\n      b: 2\n    - c: 3\ncondition: sel");

        assertThat(matches(rule, json("a", 1, "b", 2))).isTrue();
        assertThat(matches(rule, json("c", 3))).isTrue();
        assertThat(matches(rule, json("a", 1))).isFalse();
    }

    @Test
    void unknownIdentifiersAreRejected() {
        assertThat(problemWith(SELECTIONS + "condition: sel_a and selection").reason())
                .contains("detection.condition")
                .contains("unknown search identifier 'selection'");
    }

    @Test
    void malformedConditionsAreRejected() {
        assertThat(problemWith(SELECTIONS + "condition: (sel_a or sel_b").reason())
                .contains("missing ')'");
        assertThat(problemWith(SELECTIONS + "condition: sel_a and").reason()).contains("at the end");
        assertThat(problemWith(SELECTIONS + "condition: sel_a sel_b").reason()).contains("unexpected 'sel_b'");
        assertThat(problemWith(SELECTIONS + "condition: 2 of sel_*").reason()).contains("only '1 of' and 'all of'");
        assertThat(problemWith(SELECTIONS + "condition: 1 of nothing*").reason())
                .contains("matches no search identifier");
    }

    @Test
    void aggregationsInConditionsAreRejected() {
        assertThat(problemWith(SELECTIONS + "condition: sel_a | count() > 5").reason())
                .contains("aggregation expressions");
    }

    @Test
    void absurdlyDeepNestingIsRejectedNotAStackOverflow() {
        String deep = "(".repeat(500) + "sel_a" + ")".repeat(500);

        assertThat(problemWith(SELECTIONS + "condition: '" + deep + "'").reason())
                .contains("nested deeper");
    }
}
