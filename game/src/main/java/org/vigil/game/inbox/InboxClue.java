package org.vigil.game.inbox;

import java.util.Set;
import org.vigil.content.awareness.Cue;

/**
 * A red flag of a phishing email, located in the parts the player can flag: flagging any of {@code
 * parts} finds it. {@code explanation} is the content's own, in the round's language.
 */
public record InboxClue(String id, Cue cue, Set<Integer> parts, String explanation) {

    public InboxClue {
        parts = Set.copyOf(parts);
    }
}
