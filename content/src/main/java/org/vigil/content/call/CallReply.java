package org.vigil.content.call;

import java.util.List;
import java.util.Optional;

/**
 * A reply the player can give: it leads either to the caller's {@code next} line or to one of the
 * call's {@code end}s, and acts on the cues it names (asking for a ticket number acts on an authority
 * claim, for instance).
 */
public record CallReply(String id, Optional<String> next, Optional<String> end, List<String> acts) {

    public CallReply {
        acts = List.copyOf(acts);
    }
}
