package org.vigil.core.anomaly;

/**
 * Scores a value beyond everything the stream has shown: at least {@link #BASE}, more the further
 * out, relative to the range seen. Simple, but a new extreme is what many real incidents look like
 * first (a burst of failed logins, a cold chain warming), and the contextual detector sees it poorly,
 * since it normalises by the range itself.
 *
 * <p>New extremes that follow each other within {@link #RUN_GAP} points form one excursion, measured
 * from where the range stood before it began: a slow drift then counts by how far it has gone, not by
 * its last small step.
 */
final class RangeBreak {

    /** The score of a value just past the range. */
    static final double BASE = 0.7;
    /** New extremes closer than this belong to one excursion. */
    static final int RUN_GAP = 32;

    private final int warmUp;
    private RunningRange range = new RunningRange();
    /** The range before the current excursion began. */
    private double anchorMin = Double.NaN;

    private double anchorMax = Double.NaN;
    private long lastBreak = Long.MIN_VALUE / 2;
    private long seen;

    RangeBreak(int warmUp) {
        this.warmUp = warmUp;
    }

    /** Scores the value against the range so far, then widens the range to include it. */
    double score(double value) {
        double score = 0;
        if (!range.isEmpty() && (value > range.max() || value < range.min())) {
            if (seen - lastBreak > RUN_GAP) {
                anchorMin = range.min();
                anchorMax = range.max();
            }
            lastBreak = seen;
            if (seen >= warmUp) {
                double past = Math.max(value - anchorMax, anchorMin - value);
                double width = anchorMax - anchorMin;
                score = width > 0 ? Math.min(1, BASE + past / width) : 1;
            }
        }
        range.add(value);
        seen++;
        return score;
    }

    /** Whether a value lies above the range (else below, when it scored). */
    boolean above(double value) {
        return value > range.max();
    }

    void write(StateWriter out) {
        range.write(out);
        out.writeDouble(anchorMin).writeDouble(anchorMax).writeLong(lastBreak).writeLong(seen);
    }

    static RangeBreak read(int warmUp, StateReader in) {
        RangeBreak rangeBreak = new RangeBreak(warmUp);
        rangeBreak.range = RunningRange.read(in);
        rangeBreak.anchorMin = in.readDouble();
        rangeBreak.anchorMax = in.readDouble();
        rangeBreak.lastBreak = in.readLong();
        rangeBreak.seen = in.readLong();
        return rangeBreak;
    }
}
