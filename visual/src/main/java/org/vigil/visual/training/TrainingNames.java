package org.vigil.visual.training;

import java.util.List;
import java.util.stream.Collectors;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.i18n.Language;
import org.vigil.visual.text.UiText;

/** Names of training values in the current language, read from the training bundle (and the shared ones). */
final class TrainingNames {

    private final UiText text;

    TrainingNames(UiText text) {
        this.text = text;
    }

    String module(TrainingModule module) {
        return text.get("training.module." + module.name());
    }

    String difficulty(Difficulty difficulty) {
        return text.get("training.difficulty." + difficulty.name());
    }

    /** Language names are endonyms kept once, in the ui bundle, for every language picker. */
    String language(Language language) {
        return text.get("language." + language.tag());
    }

    /**
     * A cue as the games record it: a NIST Phish Scale cue is named as the Content area names it; any other
     * cue id is shown as it is rather than hidden.
     */
    String cue(String cue) {
        String key = "content.cue." + cue;
        return text.messages().has(key) ? text.get(key) : cue;
    }

    String cues(List<String> cues) {
        return cues.stream().map(this::cue).collect(Collectors.joining(", "));
    }

    String notice(Notice notice) {
        return notice == null ? "" : text.get(notice.key(), notice.args().toArray());
    }
}
