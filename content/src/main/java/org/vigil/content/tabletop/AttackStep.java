package org.vigil.content.tabletop;

import java.util.Objects;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.StartState;

/**
 * An asset hit at a minute of the exercise clock: one step of the attacker's plan, or an outage
 * the players cause themselves by a decision.
 */
public record AttackStep(String assetId, StartState state, double minute) {

    public AttackStep {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(state, "state");
    }

    public StartCondition startCondition() {
        return new StartCondition(assetId, state, minute);
    }
}
