package org.vigil.content.call;

import java.util.List;
import java.util.Map;

/**
 * A call's texts in one language: the caller's name and the number their phone shows, the caller's
 * line at each node, each reply, what each end means, why each cue matters in this call, the safe
 * move, and (for genuine calls) what was sound about it. Maps are keyed by the script's ids.
 */
public record CallTexts(
        String caller,
        String number,
        Map<String, String> lines,
        Map<String, String> replies,
        Map<String, String> ends,
        Map<String, String> cues,
        String safeMove,
        List<String> sound) {

    public CallTexts {
        lines = Map.copyOf(lines);
        replies = Map.copyOf(replies);
        ends = Map.copyOf(ends);
        cues = Map.copyOf(cues);
        sound = List.copyOf(sound);
    }
}
