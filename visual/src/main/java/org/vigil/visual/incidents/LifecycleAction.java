package org.vigil.visual.incidents;

import org.vigil.core.model.IncidentState;

/**
 * What an analyst does to the selected incident, with its keyboard shortcut. Shift is part of every
 * shortcut so none clashes with text editing (Ctrl+A, Ctrl+C) while the note field has the focus.
 */
public enum LifecycleAction {
    ACKNOWLEDGE(IncidentState.ACKNOWLEDGED, "Shortcut+Shift+A"),
    CONTAIN(IncidentState.CONTAINED, "Shortcut+Shift+C"),
    RESOLVE(IncidentState.RESOLVED, "Shortcut+Shift+R"),
    REOPEN(IncidentState.ACKNOWLEDGED, "Shortcut+Shift+O");

    private final IncidentState target;
    private final String shortcut;

    LifecycleAction(IncidentState target, String shortcut) {
        this.target = target;
        this.shortcut = shortcut;
    }

    public IncidentState target() {
        return target;
    }

    /** The shortcut in JavaFX's {@code KeyCombination.valueOf} syntax. */
    public String shortcut() {
        return shortcut;
    }

    /**
     * Whether the action applies to an incident in {@code state}. Reopening is how a resolved incident
     * is acknowledged again, so acknowledging applies to open incidents only.
     */
    public boolean appliesTo(IncidentState state) {
        boolean resolved = state == IncidentState.RESOLVED;
        return (this == REOPEN) == resolved && state.canMoveTo(target);
    }
}
