package org.vigil.visual.content;

import org.vigil.content.awareness.Verdict;

/** A verdict's shape, shown with its name so that it never rests on colour alone. */
final class VerdictMark {

    private VerdictMark() {}

    static String of(Verdict verdict) {
        return verdict.isHarmful() ? "⚠" : "✓";
    }
}
