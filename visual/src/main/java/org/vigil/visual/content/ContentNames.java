package org.vigil.visual.content;

import org.vigil.content.awareness.Audience;
import org.vigil.content.awareness.Channel;
import org.vigil.content.awareness.ClauseTopic;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Difficulty;
import org.vigil.content.awareness.ItemType;
import org.vigil.content.awareness.Language;
import org.vigil.content.awareness.Verdict;
import org.vigil.content.awareness.export.MarkerKind;
import org.vigil.i18n.Messages;

/** Names of the content vocabulary (types, verdicts, cues…) in one language's messages. */
public final class ContentNames {

    private final Messages messages;

    public ContentNames(Messages messages) {
        this.messages = messages;
    }

    public String type(ItemType type) {
        return messages.text("content.type." + type.name());
    }

    public String verdict(Verdict verdict) {
        return messages.text("content.verdict." + verdict.name());
    }

    public String difficulty(Difficulty difficulty) {
        return messages.text("content.difficulty." + difficulty.name());
    }

    public String audience(Audience audience) {
        return messages.text("content.audience." + audience.name());
    }

    public String channel(Channel channel) {
        return messages.text("content.channel." + channel.name());
    }

    public String cue(Cue cue) {
        return messages.text("content.cue." + cue.name());
    }

    public String clauseTopic(ClauseTopic topic) {
        return messages.text("content.clause." + topic.name());
    }

    public String markers(MarkerKind kind) {
        return messages.text("content.markers." + kind.name());
    }

    /** A content language by its own name, as its speakers look for it. */
    public String language(Language language) {
        return messages.text("language." + language.tag());
    }

    /** The interface language whose messages speak a content language (Vigil speaks all nine). */
    static org.vigil.i18n.Language interfaceLanguage(Language language) {
        return org.vigil.i18n.Language.fromTag(language.tag()).orElse(org.vigil.i18n.Language.EN);
    }

    /** The content language for an interface language; the pseudo-locale reads English content. */
    static Language contentLanguage(org.vigil.i18n.Language language) {
        return Language.ofTag(language.tag()).orElse(Language.EN);
    }
}
