package org.vigil.visual.content;

import java.util.Locale;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Verdict;
import org.vigil.content.awareness.export.HandoutLabels;
import org.vigil.content.awareness.export.MarkerKind;
import org.vigil.i18n.Messages;

/** A handout's words from the ui bundle of the handout's language, not the interface's. */
final class BundleHandoutLabels implements HandoutLabels {

    private final Messages messages;
    private final ContentNames names;

    BundleHandoutLabels(Messages messages) {
        this.messages = messages;
        this.names = new ContentNames(messages);
    }

    @Override
    public String heading() {
        return messages.text("content.handout.heading");
    }

    @Override
    public String field(Field field) {
        return messages.text("content.handout." + field.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String type(ItemType type) {
        return names.type(type);
    }

    @Override
    public String verdict(Verdict verdict) {
        return names.verdict(verdict);
    }

    @Override
    public String difficulty(Difficulty difficulty) {
        return names.difficulty(difficulty);
    }

    @Override
    public String cue(Cue cue) {
        return names.cue(cue);
    }

    @Override
    public String markersHeading(MarkerKind kind) {
        return names.markers(kind);
    }
}
