package org.vigil.game.route;

/** What the player decides about a delivery: an insider is at work (escalate) or all is in order. */
public enum Verdict {
    ESCALATE,
    CARRY_ON;

    boolean suspectsInsider() {
        return this == ESCALATE;
    }
}
