package org.vigil.core.training;

import java.util.List;
import java.util.Objects;

/** What a participant should play next, why, and the due cues that round would practise. */
public record Suggestion(TrainingModule module, Difficulty difficulty, Reason reason, List<String> cues) {

    /** Why this module and difficulty. */
    public enum Reason {
        /** No plays yet: start with the first module at the easiest level. */
        FIRST_STEPS,
        /** Its content covers the most cues due for practice. */
        PRACTISE_DUE_CUES,
        /** Nothing is due and the last round went well: one level harder. */
        STEP_UP,
        /** Nothing is due: the same again, to build on it. */
        KEEP_GOING
    }

    public static final Suggestion FIRST =
            new Suggestion(TrainingModule.INBOX_TRIAGE, Difficulty.EASY, Reason.FIRST_STEPS, List.of());

    public Suggestion {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(reason, "reason");
        cues = List.copyOf(cues);
    }
}
