package org.vigil.game.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.content.call.CallOutcome;
import org.vigil.content.call.CallReader;
import org.vigil.content.call.CallScript;
import org.vigil.content.call.Disclosure;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.i18n.Messages;

/** Every name the round may show comes from the bundle in every language: cues, outcomes, disclosures, events. */
class CallWordsTest {

    private final List<CallScript> scripts = CallReader.shipped().scripts().orThrow();

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"PSEUDO"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyNameTheRoundShowsIsInTheBundle(Language language) {
        // given
        Messages messages = new MessageCatalog().messages(language);
        List<String> keys = new ArrayList<>();
        scripts.forEach(s -> s.cues().forEach(cue -> keys.add("game.call.cue." + cue)));
        keys.add("game.call.cue." + CallRound.CALL_BACK_CUE);
        for (CallOutcome outcome : CallOutcome.values()) {
            keys.add("game.call.outcome." + outcome.name());
        }
        for (Disclosure disclosure : Disclosure.values()) {
            keys.add("game.call.disclosed." + disclosure.name());
        }
        for (AfterHangUp choice : AfterHangUp.values()) {
            keys.add("game.call.after." + choice.name());
            keys.add("game.call.event." + choice.name());
        }
        for (CallOutcome outcome :
                List.of(CallOutcome.CALLED_BACK, CallOutcome.REPORTED, CallOutcome.HUNG_UP, CallOutcome.TIMED_OUT)) {
            keys.add("game.call.note." + outcome.name() + ".malicious");
            keys.add("game.call.note." + outcome.name() + ".genuine");
        }

        // when
        List<String> missing = keys.stream().filter(key -> !messages.has(key)).toList();

        // then
        assertThat(missing).as("keys missing in %s", language).isEmpty();
    }
}
