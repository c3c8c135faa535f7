package org.vigil.content.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.content.awareness.Language;
import org.vigil.core.training.Difficulty;

/** The calls shipped with Vigil: complete in every language, with no problem at all. */
class ShippedCallsTest {

    private final CallReader reader = CallReader.shipped();

    @Test
    void theShippedCallsHaveNoProblemInAnyFile() {
        assertThat(reader.check()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCallLoadsInEveryLanguage(Language language) {
        // when
        CallReadResult<PhoneCall> read = reader.read(language);

        // then
        assertThat(read.problems()).isEmpty();
        assertThat(read.calls()).extracting(PhoneCall::id).containsExactlyElementsOf(ids());
        assertThat(read.calls()).allSatisfy(call -> {
            assertThat(call.language()).isEqualTo(language);
            call.script()
                    .nodes()
                    .forEach(node -> assertThat(call.line(node.id())).isNotBlank());
        });
    }

    @Test
    void thereAreImpostorsAndGenuineCallsAtEveryDifficulty() {
        // when
        List<CallScript> scripts = reader.scripts().orThrow();

        // then
        assertThat(scripts.stream().filter(CallScript::malicious)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(scripts.stream().filter(s -> !s.malicious())).hasSizeGreaterThanOrEqualTo(2);
        for (Difficulty difficulty : Difficulty.values()) {
            assertThat(scripts)
                    .as("calls at %s", difficulty)
                    .anyMatch(s -> s.difficulty() == difficulty && s.malicious())
                    .anyMatch(s -> s.difficulty() == difficulty && !s.malicious());
        }
    }

    @Test
    void theTranslationsDoNotLeaveTheEnglishTextsInPlace() {
        // given
        List<PhoneCall> english = reader.read(Language.EN).orThrow();

        // when / then
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            List<PhoneCall> translated = reader.read(language).orThrow();
            for (int i = 0; i < english.size(); i++) {
                PhoneCall original = english.get(i);
                PhoneCall other = translated.get(i);
                assertThat(other.texts().safeMove())
                        .as("%s %s safe move", language, other.id())
                        .isNotEqualTo(original.texts().safeMove());
                original.texts()
                        .lines()
                        .forEach((node, line) -> assertThat(other.line(node))
                                .as("%s %s line %s", language, other.id(), node)
                                .isNotEqualTo(line));
            }
        }
    }

    private List<String> ids() {
        return reader.scripts().orThrow().stream().map(CallScript::id).toList();
    }
}
