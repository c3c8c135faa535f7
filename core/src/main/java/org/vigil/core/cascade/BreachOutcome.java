package org.vigil.core.cascade;

import java.util.OptionalDouble;

/** What a what-if did to one continuity target's breach. */
public enum BreachOutcome {
    /** Breached in neither run. */
    NONE,
    /** Breached before, not any more. */
    AVOIDED,
    /** Breached in both, later now. */
    POSTPONED,
    /** Breached in both at the same minute. */
    UNCHANGED,
    /** Breached in both, sooner now. */
    BROUGHT_FORWARD,
    /** Breached only now. */
    NEW;

    static BreachOutcome of(OptionalDouble before, OptionalDouble after) {
        if (before.isEmpty()) {
            return after.isEmpty() ? NONE : NEW;
        }
        if (after.isEmpty()) {
            return AVOIDED;
        }
        int c = Double.compare(after.getAsDouble(), before.getAsDouble());
        return c > 0 ? POSTPONED : c < 0 ? BROUGHT_FORWARD : UNCHANGED;
    }
}
