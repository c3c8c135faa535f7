package org.vigil.content.call;

import org.vigil.content.awareness.Language;

/** A call ready to play: its graph and its texts in one language (the reader checked they match). */
public record PhoneCall(CallScript script, Language language, CallTexts texts) {

    public String id() {
        return script.id();
    }

    public String line(String nodeId) {
        return texts.lines().get(nodeId);
    }

    public String reply(String replyId) {
        return texts.replies().get(replyId);
    }

    public String endText(String endId) {
        return texts.ends().get(endId);
    }

    public String cueExplanation(String cue) {
        return texts.cues().get(cue);
    }
}
