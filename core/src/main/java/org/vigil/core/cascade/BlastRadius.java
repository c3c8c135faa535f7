package org.vigil.core.cascade;

import java.util.List;

/**
 * How many assets a Monte Carlo cascade hits at or before a horizon ({@code +∞} for all time),
 * over its runs: the histogram (sizes that occurred, smallest first), the mean and percentiles.
 * Start assets count: a run that spreads nowhere has the start set's size.
 */
public record BlastRadius(double horizonMinute, int runs, double mean, List<BlastRadiusCount> histogram) {
    public BlastRadius {
        histogram = List.copyOf(histogram);
        if (histogram.isEmpty()) {
            throw new IllegalArgumentException("a blast radius needs at least one run");
        }
    }

    /**
     * The nearest-rank percentile: the smallest size that at least {@code q} of the runs stay
     * within, for q in (0, 1]; q = 0 gives the smallest size.
     */
    public int percentile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a percentile lies in [0, 1]: " + q);
        }
        // q × runs may land a hair above a whole number (0.07 × 100): such a hair is not another run.
        long rank = Math.max(1, (long) Math.ceil(q * runs - 1e-9));
        long seen = 0;
        for (BlastRadiusCount bar : histogram) {
            seen += bar.runs();
            if (seen >= rank) {
                return bar.assets();
            }
        }
        return max();
    }

    public int median() {
        return percentile(0.5);
    }

    public int min() {
        return histogram.get(0).assets();
    }

    public int max() {
        return histogram.get(histogram.size() - 1).assets();
    }
}
