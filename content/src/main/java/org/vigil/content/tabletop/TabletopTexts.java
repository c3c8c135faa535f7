package org.vigil.content.tabletop;

import java.util.Map;
import java.util.Objects;
import org.vigil.content.awareness.Language;

/** An exercise's texts in one language, by key; the keys are named by the helpers below. */
public record TabletopTexts(Language language, Map<String, String> texts) {

    public TabletopTexts {
        Objects.requireNonNull(language, "language");
        texts = Map.copyOf(texts);
    }

    /** The text for a key; a missing key shows in brackets (the reader reports it as a problem). */
    public String text(String key) {
        return texts.getOrDefault(key, "[" + key + "]");
    }

    public static String stageTitle(String stageId) {
        return "stage." + stageId + ".title";
    }

    public static String stageInject(String stageId) {
        return "stage." + stageId + ".inject";
    }

    public static String stageHint(String stageId) {
        return "stage." + stageId + ".hint";
    }

    public static String optionLabel(String stageId, String optionId) {
        return "option." + stageId + "." + optionId + ".label";
    }

    public static String optionNote(String stageId, String optionId) {
        return "option." + stageId + "." + optionId + ".note";
    }

    public static String cueName(String cueId) {
        return "cue." + cueId + ".name";
    }

    public static String cueExplanation(String cueId) {
        return "cue." + cueId + ".explanation";
    }
}
