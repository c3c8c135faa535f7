package org.vigil.core.anomaly;

import com.amazon.randomcutforest.RandomCutForest;
import com.amazon.randomcutforest.returntypes.DiVector;
import com.amazon.randomcutforest.state.RandomCutForestMapper;
import com.amazon.randomcutforest.state.RandomCutForestState;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Random Cut Forest (Guha et al. 2016, the AWS library) over shingles of the last {@link #SHINGLE}
 * values: a point is anomalous when it is easy to isolate from the recent sample the trees hold. The
 * forest's score (about 1 for the unusual, more for the strange) is mapped to 0–1 as s / (s + 1);
 * the band around the expected value comes from a running mean and deviation, as the forest gives no
 * expectation of its own cheaply.
 */
public final class ForestDetector implements AnomalyDetector {

    static final int SHINGLE = 8;
    static final int TREES = 30;
    static final int SAMPLE = 256;
    static final long SEED = 20240531L;
    private static final double BAND_RATE = 0.01;
    private static final double BAND_WIDTH = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RandomCutForest forest;
    private double mean = Double.NaN;
    private double variance;

    public ForestDetector() {
        this.forest = RandomCutForest.builder()
                .dimensions(SHINGLE)
                .shingleSize(SHINGLE)
                .internalShinglingEnabled(true)
                .numberOfTrees(TREES)
                .sampleSize(SAMPLE)
                .randomSeed(SEED)
                .build();
    }

    private ForestDetector(RandomCutForest forest, double mean, double variance) {
        this.forest = forest;
        this.mean = mean;
        this.variance = variance;
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.RANDOM_CUT_FOREST;
    }

    @Override
    public AnomalyResult score(Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return new AnomalyResult(timestamp, value, 0, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        // the forest works in single precision; its score needs no more
        float[] point = {(float) value};
        double raw = forest.getAnomalyScore(point);
        double score = raw / (raw + 1);
        List<Contribution> why = score > 0 ? why(forest.getAnomalyAttribution(point), raw) : List.of();
        forest.update(point);
        double expected = mean;
        double sigma = Math.sqrt(variance);
        if (Double.isNaN(mean)) {
            mean = value;
        } else {
            double delta = value - mean;
            mean += BAND_RATE * delta;
            variance = (1 - BAND_RATE) * (variance + BAND_RATE * delta * delta);
        }
        return new AnomalyResult(
                timestamp, value, score, expected, expected - BAND_WIDTH * sigma, expected + BAND_WIDTH * sigma, why);
    }

    /** The shingle positions that made the point easy to isolate: value[t] is the newest. */
    private static List<Contribution> why(DiVector attribution, double raw) {
        List<Contribution> parts = new ArrayList<>();
        int n = attribution.getDimensions();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += attribution.high[i] + attribution.low[i];
        }
        if (total <= 0) {
            return parts;
        }
        for (int i = 0; i < n; i++) {
            double share = (attribution.high[i] + attribution.low[i]) / total;
            int lag = n - 1 - i;
            if (share >= 0.1) {
                parts.add(new Contribution(lag == 0 ? "value[t]" : "value[t-" + lag + "]", share));
            }
        }
        parts.sort((a, b) -> Double.compare(b.share(), a.share()));
        return parts.size() > 3 ? List.copyOf(parts.subList(0, 3)) : parts;
    }

    @Override
    public DetectorSnapshot snapshot() {
        RandomCutForestMapper mapper = new RandomCutForestMapper();
        mapper.setSaveExecutorContextEnabled(true);
        mapper.setSaveTreeStateEnabled(true);
        try {
            byte[] forestState = JSON.writeValueAsBytes(mapper.toState(forest));
            StateWriter out = new StateWriter();
            out.writeBytes(forestState).writeDouble(mean).writeDouble(variance);
            return new DetectorSnapshot(kind(), out.toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ForestDetector restore(byte[] state) {
        StateReader in = new StateReader(state);
        byte[] forestState = in.readBytes();
        double mean = in.readDouble();
        double variance = in.readDouble();
        in.expectEnd();
        try {
            RandomCutForestState saved = JSON.readValue(forestState, RandomCutForestState.class);
            return new ForestDetector(new RandomCutForestMapper().toModel(saved), mean, variance);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable forest state", e);
        }
    }
}
