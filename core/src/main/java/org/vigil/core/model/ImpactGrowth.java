package org.vigil.core.model;

/** How an impact grows once it reaches a dependent asset. */
public enum ImpactGrowth {
    /** Full impact at once. */
    STEP,
    /** Impact rises evenly over the ramp time. */
    LINEAR,
    /** Impact rises slowly, then fast, then levels off over the ramp time. */
    LOGISTIC;

    public boolean needsRamp() {
        return this != STEP;
    }
}
