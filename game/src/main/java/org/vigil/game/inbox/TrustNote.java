package org.vigil.game.inbox;

import java.util.Set;

/** Why a legitimate email is what it claims to be, and where that shows, for the feedback. */
public record TrustNote(String id, Set<Integer> parts, String explanation) {

    public TrustNote {
        parts = Set.copyOf(parts);
    }
}
