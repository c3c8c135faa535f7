package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Vigil's default detector: the {@link ContextualDetector} (which values follow which) together with
 * a {@link RangeBreak} (a value beyond all seen so far). The score is the larger of the two; after a
 * score of at least {@link #REST_THRESHOLD} the detector stays silent for {@link #REST_PERIOD} points,
 * so that one incident raises one alert rather than one per point.
 *
 * <p>One fixed configuration for every stream; on the Numenta Anomaly Benchmark it scores above 65 on
 * the standard profile without looking ahead (see docs/anomaly-detection.md).
 */
public final class EnsembleDetector implements AnomalyDetector {

    /** Points without range alerts at the start, while the range is still being found. */
    static final int WARM_UP = 100;
    /** Points of silence after a loud score. */
    static final int REST_PERIOD = 60;
    /** A score that starts a rest period. */
    static final double REST_THRESHOLD = 0.75;

    private final ContextualDetector contextual;
    private final RangeBreak rangeBreak;
    /** Points since the last score at or above the rest threshold (1: the last point). */
    private int sinceLoud;

    public EnsembleDetector() {
        this(new ContextualDetector(), new RangeBreak(WARM_UP), 1);
    }

    private EnsembleDetector(ContextualDetector contextual, RangeBreak rangeBreak, int sinceLoud) {
        this.contextual = contextual;
        this.rangeBreak = rangeBreak;
        this.sinceLoud = sinceLoud;
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.ENSEMBLE;
    }

    @Override
    public AnomalyResult score(Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return new AnomalyResult(timestamp, value, 0, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        boolean above = rangeBreak.above(value);
        double range = rangeBreak.score(value);
        AnomalyResult context = contextual.score(timestamp, value);
        double combined = Math.max(range, context.score());
        boolean resting = sinceLoud <= REST_PERIOD;
        double score = resting ? 0 : combined;
        sinceLoud = score >= REST_THRESHOLD ? 1 : Math.min(sinceLoud + 1, Integer.MAX_VALUE - 1);
        return new AnomalyResult(
                timestamp,
                value,
                score,
                context.expected(),
                context.lower(),
                context.upper(),
                score > 0 ? why(range, above, context) : List.of());
    }

    private static List<Contribution> why(double range, boolean above, AnomalyResult context) {
        double total = range + context.score();
        List<Contribution> parts = new ArrayList<>(3);
        if (range > 0) {
            parts.add(new Contribution(above ? "above-range" : "below-range", range / total));
        }
        for (Contribution part : context.contributions()) {
            parts.add(new Contribution(part.feature(), part.share() * context.score() / total));
        }
        parts.sort((a, b) -> Double.compare(b.share(), a.share()));
        return parts;
    }

    long retainedBytes() {
        return contextual.retainedBytes() + 96;
    }

    @Override
    public DetectorSnapshot snapshot() {
        StateWriter out = new StateWriter();
        out.writeBytes(contextual.snapshot().state());
        rangeBreak.write(out);
        out.writeInt(sinceLoud);
        return new DetectorSnapshot(kind(), out.toBytes());
    }

    static EnsembleDetector restore(byte[] state) {
        StateReader in = new StateReader(state);
        ContextualDetector contextual = ContextualDetector.restore(in.readBytes());
        RangeBreak rangeBreak = RangeBreak.read(WARM_UP, in);
        int sinceLoud = in.readInt();
        in.expectEnd();
        return new EnsembleDetector(contextual, rangeBreak, sinceLoud);
    }
}
