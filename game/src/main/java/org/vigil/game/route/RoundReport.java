package org.vigil.game.route;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.vigil.content.route.DeliveryRound;
import org.vigil.game.round.Judged;

/**
 * How a round went: the verdict and whether it was right, the mitigations chosen, what became of each
 * insider step, each cue found or missed, why each mitigation worked or did not, and the points earned.
 */
public record RoundReport(
        DeliveryRound round,
        Verdict verdict,
        boolean correct,
        Duration time,
        Set<String> chosen,
        List<StepOutcome> steps,
        List<CueResult> cues,
        List<MitigationNote> notes,
        int points)
        implements Judged {

    public RoundReport {
        chosen = Set.copyOf(chosen);
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        notes = List.copyOf(notes);
    }

    /** A benign delivery escalated. */
    public boolean falsePositive() {
        return !round.malicious() && !correct;
    }

    /** An insider's round waved through. */
    public boolean miss() {
        return round.malicious() && !correct;
    }

    /** How many steps of the plan the insider achieved. */
    public long achieved() {
        return steps.stream().filter(s -> s.result().achieved()).count();
    }
}
