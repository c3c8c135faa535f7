package org.vigil.game.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.route.DeliveryRound;
import org.vigil.content.route.Evasion;
import org.vigil.content.route.InsiderStep;
import org.vigil.core.training.Difficulty;

/**
 * Plays the insider's plan against the chosen mitigations, step by step: a step is blocked when a chosen
 * mitigation blocks it, else detected when one detects it, else achieved. Blocking or detecting ends the
 * plan, so later steps are not reached. At HARD the insider adapts and works around the mitigations the
 * content names for a step. Deterministic: the same choices always give the same story.
 */
public final class InsiderSimulation {

    public List<StepOutcome> run(DeliveryRound round, Set<String> chosen, Difficulty difficulty) {
        List<StepOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (InsiderStep step : round.steps()) {
            if (stopped) {
                outcomes.add(new StepOutcome(step, StepResult.NOT_REACHED, Optional.empty(), List.of()));
                continue;
            }
            List<Evasion> evaded = difficulty == Difficulty.HARD
                    ? step.evadedOnHard().stream()
                            .filter(e -> chosen.contains(e.mitigation()))
                            .toList()
                    : List.of();
            Set<String> evadedIds =
                    Set.copyOf(evaded.stream().map(Evasion::mitigation).toList());
            Optional<String> blocker = first(step.blockedBy(), chosen, evadedIds);
            Optional<String> detector = first(step.detectedBy(), chosen, evadedIds);
            if (blocker.isPresent()) {
                outcomes.add(new StepOutcome(step, StepResult.BLOCKED, blocker, evaded));
                stopped = true;
            } else if (detector.isPresent()) {
                outcomes.add(new StepOutcome(step, StepResult.DETECTED, detector, evaded));
                stopped = true;
            } else {
                outcomes.add(new StepOutcome(step, StepResult.ACHIEVED, Optional.empty(), evaded));
            }
        }
        return outcomes;
    }

    /** Whether a chosen mitigation, not worked around, blocks or detects the step at this difficulty. */
    static boolean covers(InsiderStep step, Set<String> chosen, Difficulty difficulty) {
        Set<String> evaded = difficulty == Difficulty.HARD
                ? Set.copyOf(
                        step.evadedOnHard().stream().map(Evasion::mitigation).toList())
                : Set.of();
        return first(step.blockedBy(), chosen, evaded).isPresent()
                || first(step.detectedBy(), chosen, evaded).isPresent();
    }

    private static Optional<String> first(List<String> candidates, Set<String> chosen, Set<String> evaded) {
        return candidates.stream()
                .filter(chosen::contains)
                .filter(m -> !evaded.contains(m))
                .findFirst();
    }
}
