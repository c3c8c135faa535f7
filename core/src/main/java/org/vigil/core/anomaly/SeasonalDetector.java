package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A robust seasonal model for business metrics that follow the clock (orders or logins per minute):
 * the value expected at a time of day is the median of the values at that time on the last
 * {@link #DAYS} days, and a point is scored by how far it lies from it, in units of the typical
 * deviation (a running estimate of the median absolute deviation, so one outlier barely moves it).
 * Until a time of day has been seen on {@link #MIN_DAYS} days the expectation is the median of the
 * last few points instead, so streams without a daily rhythm are still watched.
 *
 * <p>Memory is fixed: at most {@link #MAX_SLOTS} slots of the day times {@link #DAYS} values.
 */
public final class SeasonalDetector implements AnomalyDetector {

    static final int DAYS = 7;
    static final int MIN_DAYS = 3;
    static final int MAX_SLOTS = 1440;
    private static final int RECENT = 9;
    private static final long DAY_SECONDS = 86_400;
    /** Points before anything is scored: the deviation estimate needs them to settle. */
    static final int WARM_UP = 64;
    /** Deviations (in robust standard deviations) below this score 0. */
    private static final double QUIET_Z = 4;
    /**
     * How fast the deviation estimate follows the residuals once settled: slowly, so that a drift
     * cannot hide by widening it as it goes.
     */
    private static final double DEVIATION_RATE = 0.005;
    /** Points of silence after a score of at least {@link #REST_THRESHOLD}: one alert per incident. */
    static final int REST_PERIOD = 60;

    static final double REST_THRESHOLD = 0.5;
    /** MAD to standard deviation, for normal data. */
    private static final double MAD_TO_SIGMA = 1.4826;

    private long interval;
    private long lastSecond = Long.MIN_VALUE;
    private double[][] slots;
    private int[] slotCounts;
    private final double[] recent = new double[RECENT];
    private int recentCount;
    private double deviation;
    private long seen;
    private int sinceLoud = REST_PERIOD + 1;

    public SeasonalDetector() {}

    @Override
    public DetectorKind kind() {
        return DetectorKind.SEASONAL;
    }

    @Override
    public AnomalyResult score(Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return new AnomalyResult(timestamp, value, 0, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        long second = timestamp.getEpochSecond();
        learnInterval(second);
        int slot = slot(second);
        boolean seasonal = slot >= 0 && slotCounts[slot] >= MIN_DAYS;
        double expected = seasonal ? median(slots[slot], Math.min(slotCounts[slot], DAYS)) : recentMedian();
        double score = 0;
        double lower = Double.NaN;
        double upper = Double.NaN;
        if (!Double.isNaN(expected)) {
            double residual = Math.abs(value - expected);
            double sigma = MAD_TO_SIGMA * deviation;
            if (seen >= WARM_UP) {
                // a flat stream has no deviation: any change then is as far out as it gets
                double z = sigma > 0 ? residual / sigma : residual > 0 ? Double.POSITIVE_INFINITY : 0;
                score = z <= QUIET_Z ? 0 : 1 - Math.exp(-(z - QUIET_Z) / QUIET_Z);
                lower = expected - QUIET_Z * sigma;
                upper = expected + QUIET_Z * sigma;
            }
            // a robust running MAD: steps up or down by a share of itself, so outliers count once;
            // fast at first, to settle, and ten times slower up from points it alerts on
            double rate = Math.max(DEVIATION_RATE, 2.0 / (seen + 2));
            if (deviation == 0) {
                deviation = residual;
            } else if (residual > deviation) {
                deviation += rate * deviation * (score > 0 ? 0.1 : 1);
            } else {
                deviation -= rate * deviation;
            }
        }
        remember(slot, value);
        seen++;
        if (sinceLoud <= REST_PERIOD) {
            score = 0;
        }
        sinceLoud = score >= REST_THRESHOLD ? 1 : Math.min(sinceLoud + 1, Integer.MAX_VALUE - 1);
        List<Contribution> why =
                score > 0 ? List.of(new Contribution(seasonal ? "time-of-day" : "recent-level", 1.0)) : List.of();
        return new AnomalyResult(timestamp, value, score, expected, lower, upper, why);
    }

    /** The sampling interval is the smallest step between points, learnt from the first ones. */
    private void learnInterval(long second) {
        if (lastSecond != Long.MIN_VALUE && second > lastSecond && slots == null) {
            interval = second - lastSecond;
            int count = (int) Math.min(MAX_SLOTS, Math.max(1, DAY_SECONDS / interval));
            slots = new double[count][DAYS];
            slotCounts = new int[count];
        }
        lastSecond = Math.max(lastSecond, second);
    }

    private int slot(long second) {
        if (slots == null) {
            return -1;
        }
        long ofDay = Math.floorMod(second, DAY_SECONDS);
        return (int) Math.min(slots.length - 1, ofDay * slots.length / DAY_SECONDS);
    }

    private void remember(int slot, double value) {
        if (slot >= 0) {
            slots[slot][slotCounts[slot] % DAYS] = value;
            slotCounts[slot] = Math.min(slotCounts[slot] + 1, Integer.MAX_VALUE - DAYS);
        }
        recent[recentCount % RECENT] = value;
        recentCount = Math.min(recentCount + 1, Integer.MAX_VALUE - RECENT);
    }

    private double recentMedian() {
        int n = Math.min(recentCount, RECENT);
        return n == 0 ? Double.NaN : median(recent, n);
    }

    private static double median(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    long retainedBytes() {
        return 128 + RECENT * 8L + (slots == null ? 0 : slots.length * (16 + 8L * DAYS + 8 + 4));
    }

    @Override
    public DetectorSnapshot snapshot() {
        StateWriter out = new StateWriter();
        out.writeLong(interval).writeLong(lastSecond);
        out.writeBoolean(slots != null);
        if (slots != null) {
            out.writeInts(slotCounts, slotCounts.length);
            for (double[] slot : slots) {
                out.writeDoubles(slot);
            }
        }
        out.writeDoubles(recent)
                .writeInt(recentCount)
                .writeDouble(deviation)
                .writeLong(seen)
                .writeInt(sinceLoud);
        return new DetectorSnapshot(kind(), out.toBytes());
    }

    static SeasonalDetector restore(byte[] state) {
        StateReader in = new StateReader(state);
        SeasonalDetector detector = new SeasonalDetector();
        detector.interval = in.readLong();
        detector.lastSecond = in.readLong();
        if (in.readBoolean()) {
            detector.slotCounts = in.readInts();
            if (detector.slotCounts.length < 1 || detector.slotCounts.length > MAX_SLOTS) {
                throw new IllegalArgumentException("detector state has " + detector.slotCounts.length + " slots");
            }
            detector.slots = new double[detector.slotCounts.length][];
            for (int i = 0; i < detector.slots.length; i++) {
                detector.slots[i] = in.readDoubles();
                if (detector.slots[i].length != DAYS) {
                    throw new IllegalArgumentException("detector state has a slot of " + detector.slots[i].length);
                }
            }
        }
        double[] recent = in.readDoubles();
        if (recent.length != RECENT) {
            throw new IllegalArgumentException("detector state has " + recent.length + " recent values");
        }
        System.arraycopy(recent, 0, detector.recent, 0, RECENT);
        detector.recentCount = in.readInt();
        detector.deviation = in.readDouble();
        detector.seen = in.readLong();
        detector.sinceLoud = in.readInt();
        in.expectEnd();
        return detector;
    }
}
