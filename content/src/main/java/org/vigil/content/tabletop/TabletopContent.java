package org.vigil.content.tabletop;

import java.util.Map;
import java.util.Objects;
import org.vigil.content.awareness.Language;
import org.vigil.core.model.Scenario;

/** A checked exercise with the scenario it plays on and its texts in the languages read. */
public record TabletopContent(TabletopExercise exercise, Scenario scenario, Map<Language, TabletopTexts> texts) {

    public TabletopContent {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(scenario, "scenario");
        texts = Map.copyOf(texts);
    }

    /** The texts in a language that was read. */
    public TabletopTexts texts(Language language) {
        TabletopTexts found = texts.get(language);
        if (found == null) {
            throw new IllegalArgumentException("texts in " + language.tag() + " were not read");
        }
        return found;
    }
}
