package org.vigil.game.tabletop;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.content.tabletop.TabletopOption;
import org.vigil.content.tabletop.TabletopStage;
import org.vigil.game.round.Judged;

/**
 * The outcome of one decision: the option chosen (empty when time ran out), whether it is the
 * playbook's, each cue of the stage found or missed, the points, and the consequences the engine
 * computed: this decision's against the run before it, and all decisions so far against doing
 * nothing, with mitigations the story did not allow.
 */
public record DecisionFeedback(
        TabletopStage stage,
        Optional<TabletopOption> chosen,
        boolean correct,
        Duration time,
        List<CueResult> cues,
        int points,
        ComputedEffect decisionEffect,
        ComputedEffect totalEffect,
        List<BlockedMitigation> blocked)
        implements Judged {

    public DecisionFeedback {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(time, "time");
        cues = List.copyOf(cues);
        Objects.requireNonNull(decisionEffect, "decisionEffect");
        Objects.requireNonNull(totalEffect, "totalEffect");
        blocked = List.copyOf(blocked);
    }

    public boolean timedOut() {
        return chosen.isEmpty();
    }

    /** A legitimate situation escalated (or left undecided). */
    public boolean falsePositive() {
        return !stage.malicious() && !correct;
    }

    public boolean miss() {
        return stage.malicious() && !correct;
    }
}
