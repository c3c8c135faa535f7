package org.vigil.core.cascade;

/** How an asset stands at the start of a cascade; {@link CascadeSettings} gives each its level. */
public enum StartState {
    /** Working, but with part of its function lost (0.5 by default). */
    DEGRADED,
    /** Not working at all (1.0 by default). */
    FAILED,
    /** In the attacker's hands: for its dependents as bad as failed (1.0 by default). */
    COMPROMISED
}
