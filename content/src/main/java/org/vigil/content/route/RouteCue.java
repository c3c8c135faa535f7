package org.vigil.content.route;

import java.util.List;
import org.vigil.content.awareness.LocalizedText;

/**
 * What a round teaches, under a stable id that spaced repetition remembers: the signal the briefing shows,
 * why it matters, and (in a malicious round) the insider steps it warns of. A malicious round's cue is found
 * when a chosen mitigation covers one of its steps; a benign round's when the player rightly carries on.
 */
public record RouteCue(String id, LocalizedText signal, LocalizedText explanation, List<String> steps) {

    public RouteCue {
        steps = List.copyOf(steps);
    }
}
