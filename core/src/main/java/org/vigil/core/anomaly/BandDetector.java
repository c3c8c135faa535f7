package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A band of normal values that works from the first point: the stream's {@link Limits} (a cold box's
 * 2–8 °C, a vehicle's corridor around its route) and, once {@link #WARM_UP} points have been seen
 * inside them, the range of those points widened by a margin. Meant for telemetry, where a trip or a
 * shipment gives a few dozen readings: far too few for the other detectors to learn anything.
 *
 * <p>A value beyond the band scores {@link #BASE} just past it, rising towards 1 the further out,
 * relative to the limits' width (or the band's). One excursion raises one alert, and another each time
 * it reaches twice as far past the band as at its last alert; the points between score 0, as in a rest
 * period. Values outside the limits are not learnt: they are known to be wrong.
 */
public final class BandDetector implements AnomalyDetector {

    /** Points inside the limits before the learnt band counts. */
    static final int WARM_UP = 32;
    /** The score of a value just past the band; also the alert threshold. */
    static final double BASE = 0.7;
    /** The learnt band's margin, as a share of its width (at least the limits' tolerance). */
    static final double MARGIN = 0.1;
    /** Recent normal values, whose median is the value expected. */
    private static final int RECENT = 9;

    private Limits limits;
    private RunningRange range = new RunningRange();
    private long learnt;
    /** How far past the band the current excursion was at its last alert, in units of scale; 0 outside one. */
    private double alerted;

    private final double[] recent = new double[RECENT];
    private int recentCount;

    /** A detector with no limits: a band learnt from the stream alone. */
    public BandDetector() {
        this(Limits.NONE);
    }

    public BandDetector(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.BAND;
    }

    /** The limits in force. */
    public Limits limits() {
        return limits;
    }

    /**
     * Sets new limits, e.g. the range a cold-chain logger reports with its readings; what was learnt
     * stays.
     */
    public void limits(Limits newLimits) {
        this.limits = Objects.requireNonNull(newLimits, "limits");
    }

    @Override
    public AnomalyResult score(Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return new AnomalyResult(timestamp, value, 0, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double past = limits.past(value);
        double limitExcess = past > 0 ? past / limits.scale() : 0;
        double bandExcess = 0;
        double low = limits.lower();
        double high = limits.upper();
        if (learnt >= WARM_UP) {
            double margin = Math.max(MARGIN * range.width(), limits.tolerance());
            double bandLow = range.min() - margin;
            double bandHigh = range.max() + margin;
            double beyond = Math.max(bandLow - value, value - bandHigh);
            double width = bandHigh - bandLow;
            bandExcess = beyond <= 0 ? 0 : width > 0 ? beyond / width : Double.POSITIVE_INFINITY;
            low = Double.isNaN(low) ? bandLow : Math.max(low, bandLow);
            high = Double.isNaN(high) ? bandHigh : Math.min(high, bandHigh);
        }
        double excess = Math.max(limitExcess, bandExcess);
        double score = 0;
        if (excess <= 0) {
            alerted = 0;
        } else if (alerted == 0 || excess >= 2 * alerted) {
            score = Double.isInfinite(excess) ? 1 : BASE + (1 - BASE) * (1 - Math.exp(-excess));
            alerted = excess;
        }
        double expected = expected();
        List<Contribution> why = score > 0 ? why(value, limitExcess, bandExcess) : List.of();
        learn(value, excess);
        return new AnomalyResult(timestamp, value, score, expected, low, high, why);
    }

    private void learn(double value, double excess) {
        if (limits.past(value) > 0) {
            return;
        }
        range.add(value);
        learnt = Math.min(learnt + 1, Long.MAX_VALUE - 1);
        if (excess <= 0) {
            recent[recentCount % RECENT] = value;
            recentCount = Math.min(recentCount + 1, Integer.MAX_VALUE - RECENT);
        }
    }

    private List<Contribution> why(double value, double limitExcess, double bandExcess) {
        double limitPart = Math.min(limitExcess, 1e9);
        double bandPart = Math.min(bandExcess, 1e9);
        double total = limitPart + bandPart;
        List<Contribution> parts = new ArrayList<>(2);
        if (limitPart > 0) {
            parts.add(new Contribution(value > limits.upper() ? "above-limit" : "below-limit", limitPart / total));
        }
        if (bandPart > 0) {
            parts.add(new Contribution(value > range.max() ? "above-band" : "below-band", bandPart / total));
        }
        parts.sort((a, b) -> Double.compare(b.share(), a.share()));
        return parts;
    }

    /** The median of the recent normal values; NaN before there is one. */
    private double expected() {
        int n = Math.min(recentCount, RECENT);
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(recent, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public DetectorSnapshot snapshot() {
        StateWriter out = new StateWriter();
        out.writeDouble(limits.lower()).writeDouble(limits.upper()).writeDouble(limits.tolerance());
        range.write(out);
        out.writeLong(learnt).writeDouble(alerted).writeDoubles(recent).writeInt(recentCount);
        return new DetectorSnapshot(kind(), out.toBytes());
    }

    static BandDetector restore(byte[] state) {
        StateReader in = new StateReader(state);
        Limits limits;
        try {
            limits = new Limits(in.readDouble(), in.readDouble(), in.readDouble());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("detector state has impossible limits", e);
        }
        BandDetector detector = new BandDetector(limits);
        detector.range = RunningRange.read(in);
        detector.learnt = in.readLong();
        detector.alerted = in.readDouble();
        double[] recent = in.readDoubles();
        if (recent.length != RECENT) {
            throw new IllegalArgumentException("detector state has " + recent.length + " recent values");
        }
        System.arraycopy(recent, 0, detector.recent, 0, RECENT);
        detector.recentCount = in.readInt();
        in.expectEnd();
        return detector;
    }
}
