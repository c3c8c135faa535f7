package org.vigil.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Participant codes are pseudonyms: short runs of letters, digits and dashes, never a name with spaces. */
class ParticipantCodeTest {

    @Test
    void lettersDigitsAndDashesFromThreeToThirtyTwoCharactersAreACode() {
        assertThat(ParticipantCode.check("abc")).isEmpty();
        assertThat(ParticipantCode.check("TEAM-B-07")).isEmpty();
        assertThat(ParticipantCode.check("x".repeat(32))).isEmpty();
        assertThat(new ParticipantCode("TEAM-B-07").value()).isEqualTo("TEAM-B-07");
    }

    @Test
    void eachKindOfBadCodeIsNamed() {
        assertThat(ParticipantCode.check("")).contains(ParticipantCode.Problem.EMPTY);
        assertThat(ParticipantCode.check(null)).contains(ParticipantCode.Problem.EMPTY);
        assertThat(ParticipantCode.check("ab")).contains(ParticipantCode.Problem.TOO_SHORT);
        assertThat(ParticipantCode.check("x".repeat(33))).contains(ParticipantCode.Problem.TOO_LONG);
        assertThat(ParticipantCode.check("Maria Silva")).contains(ParticipantCode.Problem.NOT_LETTERS_DIGITS_DASHES);
        assertThat(ParticipantCode.check("maria@example.com"))
                .contains(ParticipantCode.Problem.NOT_LETTERS_DIGITS_DASHES);
        assertThat(ParticipantCode.check(" TEAM-1")).contains(ParticipantCode.Problem.NOT_LETTERS_DIGITS_DASHES);
    }

    @Test
    void aBadCodeCannotBeMadeAndTheMessageSaysWhy() {
        assertThatThrownBy(() -> new ParticipantCode("Jo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a participant code has 3 to 32 characters, not 2");
    }
}
