package org.vigil.content.awareness.export;

import java.util.Optional;
import org.vigil.content.awareness.ClauseTopic;
import org.vigil.content.awareness.Cue;
import org.vigil.content.awareness.Place;

/**
 * One thing to point out on an item in one language, numbered as it is shown: a red flag (with its
 * cue), a trust signal, or a clause note (with its topic); where it is, the words quoted from there
 * (template variables still in place) and why it matters.
 */
public record Marker(
        int number,
        MarkerKind kind,
        Optional<Cue> cue,
        Optional<ClauseTopic> topic,
        Place place,
        Optional<String> quote,
        String explanation) {}
