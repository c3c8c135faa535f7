package org.vigil.core.model;

/**
 * Where an incident is in its handling. Analysts move it forward, possibly skipping a step (a false
 * positive goes straight to resolved); a resolved incident can be reopened when it turns out not to
 * be over. Nothing else goes backwards, so the audit trail reads as a story.
 */
public enum IncidentState {
    NEW,
    ACKNOWLEDGED,
    CONTAINED,
    RESOLVED;

    public boolean canMoveTo(IncidentState target) {
        if (this == RESOLVED) {
            return target == ACKNOWLEDGED;
        }
        return target.ordinal() > ordinal();
    }

    public boolean open() {
        return this != RESOLVED;
    }
}
