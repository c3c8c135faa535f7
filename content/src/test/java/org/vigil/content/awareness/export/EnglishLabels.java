package org.vigil.content.awareness.export;

import java.util.Locale;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Verdict;

/** Labels made from the enums' names: enough for tests that look at structure, not wording. */
final class EnglishLabels implements HandoutLabels {

    @Override
    public String heading() {
        return "Handout";
    }

    @Override
    public String field(Field field) {
        return name(field);
    }

    @Override
    public String type(ItemType type) {
        return name(type);
    }

    @Override
    public String verdict(Verdict verdict) {
        return name(verdict);
    }

    @Override
    public String difficulty(Difficulty difficulty) {
        return name(difficulty);
    }

    @Override
    public String cue(Cue cue) {
        return name(cue);
    }

    @Override
    public String markersHeading(MarkerKind kind) {
        return name(kind);
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
