package org.vigil.core.cascade;

import org.vigil.core.model.ImpactGrowth;

/**
 * How far a contribution has grown, from 0 at its arrival to 1 at arrival + ramp. A ramp of 0
 * means full at once whatever the curve.
 */
final class GrowthCurve {

    /** Steepness of the logistic S-curve over a ramp scaled to [0, 1]. */
    static final double LOGISTIC_STEEPNESS = 10;

    private static final double LOGISTIC_AT_START = logistic(0);
    private static final double LOGISTIC_SPAN = logistic(1) - LOGISTIC_AT_START;

    private static final int STEP = ImpactGrowth.STEP.ordinal();
    private static final int LINEAR = ImpactGrowth.LINEAR.ordinal();

    private GrowthCurve() {}

    /** The grown share at {@code elapsed} minutes after arrival: 0 before it, 1 from arrival + ramp on. */
    static double fraction(int growth, double elapsed, double ramp) {
        if (elapsed < 0) {
            return 0;
        }
        if (growth == STEP || elapsed >= ramp) {
            return 1;
        }
        double x = elapsed / ramp;
        if (growth == LINEAR) {
            return x;
        }
        // The S-curve shifted and stretched to be exactly 0 at arrival and 1 at the end of the ramp.
        return (logistic(x) - LOGISTIC_AT_START) / LOGISTIC_SPAN;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-LOGISTIC_STEEPNESS * (x - 0.5)));
    }
}
