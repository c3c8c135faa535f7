package org.vigil.game.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.content.route.Evasion;
import org.vigil.content.route.InsiderStep;
import org.vigil.content.route.Mitigation;
import org.vigil.core.training.Difficulty;

/**
 * Why a mitigation worked or did not in a round: it blocked or detected a step, the insider worked around
 * it, it stood ready for a step that never came, it had nothing to act on, or (not chosen) it would have
 * stopped a step the insider achieved.
 */
public record MitigationNote(
        Mitigation mitigation, Effect effect, Optional<InsiderStep> step, Optional<Evasion> evasion) {

    /** The mitigation's part in the round. */
    public enum Effect {
        BLOCKED,
        DETECTED,
        EVADED,
        BACKUP,
        IDLE,
        MISSED
    }

    /** The notes on every chosen mitigation, in catalogue order, then on those that would have helped. */
    static List<MitigationNote> of(
            List<Mitigation> catalogue, Set<String> chosen, List<StepOutcome> outcomes, Difficulty difficulty) {
        List<MitigationNote> notes = new ArrayList<>();
        for (Mitigation mitigation : catalogue) {
            if (chosen.contains(mitigation.id())) {
                notes.add(chosenNote(mitigation, outcomes));
            }
        }
        for (Mitigation mitigation : catalogue) {
            if (!chosen.contains(mitigation.id())) {
                outcomes.stream()
                        .filter(o -> o.result().achieved())
                        .filter(o -> InsiderSimulation.covers(o.step(), Set.of(mitigation.id()), difficulty))
                        .findFirst()
                        .ifPresent(o -> notes.add(new MitigationNote(
                                mitigation, Effect.MISSED, Optional.of(o.step()), Optional.empty())));
            }
        }
        return notes;
    }

    private static MitigationNote chosenNote(Mitigation mitigation, List<StepOutcome> outcomes) {
        String id = mitigation.id();
        for (StepOutcome outcome : outcomes) {
            if (outcome.stoppedBy().filter(id::equals).isPresent()) {
                Effect effect = outcome.result() == StepResult.BLOCKED ? Effect.BLOCKED : Effect.DETECTED;
                return new MitigationNote(mitigation, effect, Optional.of(outcome.step()), Optional.empty());
            }
        }
        for (StepOutcome outcome : outcomes) {
            Optional<Evasion> evasion = outcome.evaded().stream()
                    .filter(e -> e.mitigation().equals(id))
                    .findFirst();
            if (evasion.isPresent()) {
                return new MitigationNote(mitigation, Effect.EVADED, Optional.of(outcome.step()), evasion);
            }
        }
        return outcomes.stream()
                .filter(o -> o.step().blockedBy().contains(id)
                        || o.step().detectedBy().contains(id))
                .findFirst()
                .map(o -> new MitigationNote(mitigation, Effect.BACKUP, Optional.of(o.step()), Optional.empty()))
                .orElseGet(() -> new MitigationNote(mitigation, Effect.IDLE, Optional.empty(), Optional.empty()));
    }
}
