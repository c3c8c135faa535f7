package org.vigil.visual.graph.scene;

/**
 * How a node stands at the page's current minute, worst last. A group takes its worst member's
 * condition.
 */
public enum NodeCondition {
    /** Not touched by any incident or cascade. */
    NORMAL,
    /** The cascade will reach it later (onset after the current minute). */
    AT_RISK,
    /** Reached, impact below the failure threshold. */
    DEGRADED,
    /** Reached, impact at or above the failure threshold. */
    FAILED,
    /** A start of the cascade: an incident's asset in the attacker's hands. */
    COMPROMISED
}
