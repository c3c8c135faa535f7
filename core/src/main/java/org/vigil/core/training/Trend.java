package org.vigil.core.training;

import java.util.List;

/** Which way a participant's accuracy in a module is going. */
public enum Trend {
    /** Fewer than two plays: nothing to compare. */
    TOO_FEW_PLAYS,
    IMPROVING,
    STEADY,
    DECLINING;

    /** A change of accuracy smaller than this (5 points) is noise, not a trend. */
    static final double NOISE = 0.05;

    /** How many recent plays are averaged, against as many before them, so one odd round does not flip the trend. */
    static final int WINDOW = 3;

    /** Compares the mean accuracy of the latest plays (up to three) with the plays just before them. */
    static Trend of(List<ProgressPoint> points) {
        if (points.size() < 2) {
            return TOO_FEW_PLAYS;
        }
        int recent = Math.min(WINDOW, points.size() / 2);
        int end = points.size();
        double now = mean(points.subList(end - recent, end));
        double before = mean(points.subList(Math.max(0, end - 2 * recent), end - recent));
        if (now - before > NOISE) {
            return IMPROVING;
        }
        if (before - now > NOISE) {
            return DECLINING;
        }
        return STEADY;
    }

    private static double mean(List<ProgressPoint> points) {
        return points.stream().mapToDouble(ProgressPoint::accuracy).average().orElse(0);
    }
}
