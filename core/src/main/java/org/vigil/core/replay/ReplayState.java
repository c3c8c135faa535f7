package org.vigil.core.replay;

/** Where a replay stands. FINISHED and CANCELLED are final. */
public enum ReplayState {
    NOT_STARTED,
    PLAYING,
    PAUSED,
    /** Every event from the start index on was delivered. */
    FINISHED,
    CANCELLED;

    public boolean isFinal() {
        return this == FINISHED || this == CANCELLED;
    }
}
