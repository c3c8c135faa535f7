package org.vigil.visual.anomaly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.anomaly.StreamHistory;
import org.vigil.core.anomaly.StreamPoint;

/**
 * What the stream chart draws, without a toolkit: the points, the value and time ranges with their
 * ticks, and which points fire at the threshold in use and which would at the one previewed.
 *
 * @param history the stream looked back at
 * @param unit the unit of its values, for the value axis
 * @param threshold the threshold in use
 * @param preview the threshold on the slider
 */
public record StreamChart(StreamHistory history, String unit, double threshold, double preview) {

    private static final int TIME_TICKS = 5;
    private static final int VALUE_TICKS = 5;

    public StreamChart {
        Objects.requireNonNull(history, "history");
    }

    public List<StreamPoint> points() {
        return history.points();
    }

    public boolean firesNow(int index) {
        return points().get(index).firesAt(threshold);
    }

    public boolean wouldFire(int index) {
        return points().get(index).firesAt(preview);
    }

    public Instant start() {
        return points().isEmpty() ? history.from() : points().get(0).time();
    }

    public Instant end() {
        Instant last = points().isEmpty()
                ? history.to()
                : points().get(points().size() - 1).time();
        return last.isAfter(start()) ? last : start().plusSeconds(60);
    }

    /** The lowest value drawn: observed values and band ends, with a little room. */
    public double low() {
        return range()[0];
    }

    public double high() {
        return range()[1];
    }

    private double[] range() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (StreamPoint p : points()) {
            for (double v : new double[] {p.observed(), p.lower(), p.upper()}) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            return new double[] {0, 1};
        }
        if (low == high) {
            return new double[] {low - 1, high + 1};
        }
        double step = niceStep((high - low) / VALUE_TICKS);
        return new double[] {Math.floor(low / step) * step, Math.ceil(high / step) * step};
    }

    /** Round values between {@link #low()} and {@link #high()} for the value axis. */
    public List<Double> valueTicks() {
        double low = low();
        double high = high();
        double step = niceStep((high - low) / VALUE_TICKS);
        List<Double> ticks = new ArrayList<>();
        for (double v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** Evenly spaced times across the chart for the time axis. */
    public List<Instant> timeTicks() {
        Duration span = Duration.between(start(), end());
        List<Instant> ticks = new ArrayList<>();
        for (int i = 0; i <= TIME_TICKS; i++) {
            ticks.add(start().plus(span.multipliedBy(i).dividedBy(TIME_TICKS)));
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double scaled = rough / power;
        double nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * The next point from {@code from} in direction {@code step} (+1 or -1) that would fire at the
     * previewed threshold; {@code from} itself when there is none.
     */
    public int nextFiring(int from, int step) {
        for (int i = from + step; i >= 0 && i < points().size(); i += step) {
            if (wouldFire(i) || firesNow(i)) {
                return i;
            }
        }
        return from;
    }
}
