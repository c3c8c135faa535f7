package org.vigil.core.training;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a cue a participant has missed stands in their spaced repetition (a Leitner box): box 1 after a
 * miss, one box up each time it is found again, and when it is next due for practice.
 */
public record CueBox(String cue, int box, Instant due) {

    public CueBox {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(due, "due");
        if (box < 1 || box > CueSchedule.TOP_BOX) {
            throw new IllegalArgumentException("box " + box + " of cue " + cue);
        }
    }

    public boolean dueAt(Instant now) {
        return !due.isAfter(now);
    }
}
