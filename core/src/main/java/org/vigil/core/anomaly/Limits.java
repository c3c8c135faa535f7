package org.vigil.core.anomaly;

/**
 * What is known to be normal for a stream before it has taught anything: the limits its owner set
 * (a cold-chain box's 2–8 °C, a vehicle's corridor of 250 m around its route) and the least margin
 * a learnt band keeps around the values seen, in the stream's own unit.
 *
 * @param lower the lowest normal value, NaN when there is none
 * @param upper the highest normal value, NaN when there is none
 * @param tolerance the least margin around a learnt band, 0 or more
 */
public record Limits(double lower, double upper, double tolerance) {

    /** No limits and no margin: everything is learnt. */
    public static final Limits NONE = new Limits(Double.NaN, Double.NaN, 0);

    public Limits {
        if (lower > upper) {
            throw new IllegalArgumentException("lower limit " + lower + " above upper limit " + upper);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be 0 or more, not " + tolerance);
        }
    }

    /** Only a margin, no limits. */
    public static Limits tolerance(double tolerance) {
        return new Limits(Double.NaN, Double.NaN, tolerance);
    }

    /** How far the value lies beyond the limits, 0 inside them. */
    double past(double value) {
        if (value < lower) {
            return lower - value;
        }
        if (value > upper) {
            return value - upper;
        }
        return 0;
    }

    /** The unit a distance past the limits is measured in: their width, else the one bound's size. */
    double scale() {
        if (!Double.isNaN(lower) && !Double.isNaN(upper) && upper > lower) {
            return upper - lower;
        }
        double bound = !Double.isNaN(upper) ? Math.abs(upper) : !Double.isNaN(lower) ? Math.abs(lower) : 0;
        return Math.max(Math.max(bound, tolerance), Double.MIN_NORMAL);
    }
}
