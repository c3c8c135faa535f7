package org.vigil.game.route;

import java.util.List;
import java.util.Optional;
import org.vigil.content.route.Evasion;
import org.vigil.content.route.InsiderStep;

/**
 * One step of the plan as it played out: its result, the mitigation that blocked or detected it, and the
 * chosen mitigations the insider worked around (HARD).
 */
public record StepOutcome(InsiderStep step, StepResult result, Optional<String> stoppedBy, List<Evasion> evaded) {

    public StepOutcome {
        evaded = List.copyOf(evaded);
    }

    /** Points for the defence: a step never completed is worth {@value RouteShift#STEP_POINTS}, one caught as it happened half. */
    public int points() {
        return switch (result) {
            case BLOCKED, NOT_REACHED -> RouteShift.STEP_POINTS;
            case DETECTED -> RouteShift.STEP_POINTS / 2;
            case ACHIEVED -> 0;
        };
    }
}
