package org.vigil.content.awareness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIST Phish Scale's table: fewer cues and a better-fitting premise make a lure harder to spot. */
class DifficultyTest {

    @ParameterizedTest(name = "{0} cues, {1} alignment: {2}")
    @CsvSource({
        "1, HIGH, VERY_DIFFICULT",
        "8, MEDIUM, VERY_DIFFICULT",
        "8, LOW, MODERATELY_DIFFICULT",
        "9, HIGH, VERY_DIFFICULT",
        "14, MEDIUM, MODERATELY_DIFFICULT",
        "14, LOW, MODERATELY_DIFFICULT",
        "15, HIGH, MODERATELY_DIFFICULT",
        "20, MEDIUM, MODERATELY_DIFFICULT",
        "15, LOW, LEAST_DIFFICULT"
    })
    void ratesCueCountAgainstPremiseAlignment(int cues, PremiseAlignment alignment, Difficulty expected) {
        assertThat(Difficulty.rate(cues, alignment)).isEqualTo(expected);
    }
}
