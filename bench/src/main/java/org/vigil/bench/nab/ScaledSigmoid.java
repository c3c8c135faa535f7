package org.vigil.bench.nab;

/**
 * NAB's weighting of a detection by where it falls relative to a window (Lavin &amp; Ahmad 2015): the
 * relative position is -1 at the window's first point, 0 just past its last, and grows by 1 per
 * window length after it. Early detections score nearly 1, late ones nearly 0, and false positives
 * count more the further they are from the window before them, -1 from 3 window lengths on.
 */
final class ScaledSigmoid {

    private ScaledSigmoid() {}

    static double at(double relativePosition) {
        if (relativePosition >= 3.0) {
            return -1.0;
        }
        return 2 / (1 + Math.exp(5 * relativePosition)) - 1.0;
    }

    /** The weight of a detection at the very start of a window, which NAB scales to exactly 1. */
    static final double EARLIEST = at(-1.0);
}
