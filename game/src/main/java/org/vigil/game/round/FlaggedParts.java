package org.vigil.game.round;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The parts of an item the player flagged as suspicious, and what they found against its cues. */
public final class FlaggedParts {

    private final TreeSet<Integer> flagged = new TreeSet<>();

    public boolean contains(int part) {
        return flagged.contains(part);
    }

    /** Flags a part, or takes the flag back. */
    public void toggle(int part) {
        if (!flagged.remove(part)) {
            flagged.add(part);
        }
    }

    public void clear() {
        flagged.clear();
    }

    /** Whether a cue located in these parts was found: any of them flagged. */
    public boolean findsAny(Collection<Integer> parts) {
        return parts.stream().anyMatch(flagged::contains);
    }

    /** The flagged parts, in order, that hold none of the cues (each cue given by its parts). */
    public List<Integer> needless(List<? extends Collection<Integer>> cueParts) {
        return flagged.stream()
                .filter(part -> cueParts.stream().noneMatch(parts -> parts.contains(part)))
                .toList();
    }
}
