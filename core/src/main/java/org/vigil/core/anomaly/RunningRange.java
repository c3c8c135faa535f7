package org.vigil.core.anomaly;

/**
 * The smallest and largest value seen so far: normalising by them needs no look-ahead, only what the
 * stream has already shown.
 */
final class RunningRange {

    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    void add(double value) {
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }

    boolean isEmpty() {
        return min > max;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    double width() {
        return isEmpty() ? 0 : max - min;
    }

    void write(StateWriter out) {
        out.writeDouble(min).writeDouble(max);
    }

    static RunningRange read(StateReader in) {
        RunningRange range = new RunningRange();
        range.min = in.readDouble();
        range.max = in.readDouble();
        return range;
    }
}
