package org.vigil.core.anomaly;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Contextual anomaly detection: learns which values follow which, and scores a point by how badly the
 * contexts it remembers predicted it and how much of what it just saw is new to it. Written from the
 * published description of Smirnov's Contextual Anomaly Detector (CAD OSE, in the Numenta Anomaly
 * Benchmark); see docs/anomaly-detection.md.
 *
 * <p>Each value is put in one of 2^bits levels of the range seen so far and becomes one fact per bit.
 * A context pairs the facts of the previous step (the value's facts plus the most active contexts,
 * its "neurons") with the facts of the next value. Each step:
 *
 * <ol>
 *   <li>the facts of the new value are compared with what was predicted: unpredicted high bits weigh
 *       more than low ones; a value that was fully predicted scores 0;
 *   <li>the contexts whose left side was fully seen count as selected, and those whose right side
 *       came too as active; partial matches yield new, smaller contexts;
 *   <li>the score is half the share of selected contexts that failed plus half the share of candidate
 *       contexts that were new;
 *   <li>the contexts with the best track record, among those whose left side is now seen, predict
 *       the next value's facts.
 * </ol>
 *
 * After a raw score at or above {@link ContextualConfig#restThreshold()} (reported or not) the detector
 * stays silent for {@link ContextualConfig#restPeriod()} points: one anomaly is reported once, not at
 * every point. Unlike CAD it normalises by the running range only, and its memory is bounded by
 * {@link ContextualConfig#maxContexts()}: when full it forgets and starts afresh, silent again.
 */
public final class ContextualDetector implements AnomalyDetector {

    private final ContextualConfig config;
    private final int levels;
    private final int neuronBase;
    private RunningRange range;
    private ContextMemory memory;
    /** The facts of the previous step: its value's facts and its neurons, sorted. */
    private int[] leftGroup;
    /** The value facts predicted for this step. */
    private boolean[] prediction;
    /** Points since the last raw score at or above the rest threshold (1: the last point). */
    private int sinceLoud;
    /** Scratch: which facts the previous left side and the current value hold, by fact. */
    private boolean[] inLeft = new boolean[64];

    private boolean[] inValue;
    /** The contexts whose left side {@link #leftGroup} holds fully: they are selected next step. */
    private final IntList selectable = new IntList(256);
    /** Scratch: the left sides {@link #leftGroup} holds fully. */
    private final IntList fullLeft = new IntList(64);
    /** Scratch: how many contexts were selected this step. */
    private int selected;
    /** Scratch: the selected contexts whose right side came too, and the best of them. */
    private final TopContexts active;

    private final IntList bestContexts = new IntList(8);

    public ContextualDetector() {
        this(ContextualConfig.STANDARD);
    }

    public ContextualDetector(ContextualConfig config) {
        this.config = config;
        this.levels = 1 << config.valueBits();
        this.neuronBase = 2 * config.valueBits();
        this.range = new RunningRange();
        this.memory = new ContextMemory();
        this.leftGroup = new int[0];
        this.prediction = new boolean[neuronBase];
        this.inValue = new boolean[neuronBase];
        this.active = new TopContexts(config.maxActiveContexts());
        // silent for a rest period at the start, while it knows nothing
        this.sinceLoud = 1;
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.CONTEXTUAL;
    }

    @Override
    public AnomalyResult score(Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            return new AnomalyResult(timestamp, value, 0, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double[] band = band();
        range.add(value);
        int level = level(value);
        int[] facts = facts(level);

        double error = 0;
        for (int bit = 0; bit < config.valueBits(); bit++) {
            if (!prediction[facts[bit]]) {
                error += 1 << bit;
            }
        }
        if (memory.size() >= config.maxContexts()) {
            // Full: start learning afresh, silent for a rest period as at the start. Forgetting
            // bounds memory and time per point, and lets a stream that changed leave its past behind.
            memory = new ContextMemory();
            leftGroup = new int[0];
            selectable.clear();
            Arrays.fill(prediction, false);
            sinceLoud = 1;
        }
        Step step = learn(facts);
        double raw = error > 0 ? (1 - step.selectedActive + step.newShare) / 2 : 0;
        boolean resting = sinceLoud <= config.restPeriod();
        sinceLoud = raw >= config.restThreshold() ? 1 : Math.min(sinceLoud + 1, Integer.MAX_VALUE - 1);
        double score = resting ? 0 : raw;
        return new AnomalyResult(timestamp, value, score, band[0], band[1], band[2], why(score, step));
    }

    /** The two parts of a step's score. */
    private record Step(double selectedActive, double newShare) {}

    private Step learn(int[] facts) {
        // the context "previous facts → these facts", remembered at once if new
        boolean newContext = false;
        int zeroContext = -1;
        if (leftGroup.length > 0) {
            zeroContext = memory.find(leftGroup, facts);
            newContext = zeroContext < 0;
            if (newContext && memory.size() < config.maxContexts()) {
                zeroContext = memory.findOrAdd(leftGroup, facts);
            }
            if (zeroContext >= 0) {
                memory.markZeroLevel(zeroContext);
            }
        }
        memory.right.cross(facts);
        active.clear();
        // the contexts whose left side was fully seen last step (found then, so not the one just added):
        // did their right side come?
        for (int i = 0; i < selectable.size(); i++) {
            select(selectable.get(i));
        }
        Set<Candidate> candidates = newContext ? proposeContexts(facts, zeroContext) : Set.of();
        double selectedActive = selected > 0 ? (double) active.size() / selected : 0;
        selected = 0;

        // the next left side: these facts and the most often confirmed active contexts
        int[] neurons = active.best();
        int[] group = Arrays.copyOf(facts, facts.length + neurons.length);
        for (int n = 0; n < neurons.length; n++) {
            group[facts.length + n] = neuronBase + neurons[n];
        }
        Arrays.sort(group);

        int added = newContext ? 1 : 0;
        for (Candidate candidate : candidates) {
            if (memory.find(candidate.left(), candidate.right()) < 0) {
                added++;
                // past the bound within one step: the memory is dropped before the next
                if (memory.size() < config.maxContexts()) {
                    memory.findOrAdd(candidate.left(), candidate.right());
                }
            }
        }
        int proposed = candidates.size() + (leftGroup.length > 0 ? 1 : 0);
        double newShare = newContext && proposed > 0 ? Math.min(1, (double) added / proposed) : 0;

        leftGroup = group;
        predict();
        return new Step(selectedActive, newShare);
    }

    /** A context whose left side was fully seen last step predicted its right side: did it come? */
    private void select(int context) {
        int r = memory.rightOf(context);
        boolean rightFull = memory.right.fullyMatched(r);
        selected++;
        memory.recordPrediction(context, memory.right.size(r), memory.right.matched(r), rightFull);
        if (rightFull) {
            active.offer(context, memory.activations(context));
        }
    }

    /**
     * The smaller contexts that partial matches of first-hand contexts suggest, in the order met: only
     * left sides of first-hand contexts (flagged in the memory) can propose, so only they are crossed.
     */
    private Set<Candidate> proposeContexts(int[] facts, int zeroContext) {
        Set<Candidate> candidates = new LinkedHashSet<>();
        // many contexts share a right side: its facts that came are collected once
        int[][] rightParts = new int[memory.right.size()][];
        memory.left.crossFlagged(leftGroup);
        mark(leftGroup, facts, true);
        IntList crossedLeft = memory.left.crossed();
        for (int i = 0; i < crossedLeft.size(); i++) {
            int l = crossedLeft.get(i);
            if (memory.left.matched(l) > config.maxLeftFacts()) {
                continue;
            }
            boolean leftFull = memory.left.fullyMatched(l);
            IntList contexts = memory.contextsOfLeft(l);
            int[] leftPart = null;
            int leftHash = 0;
            for (int k = 0; k < contexts.size(); k++) {
                int c = contexts.get(k);
                int r = memory.rightOf(c);
                if (c == zeroContext || !memory.zeroLevel(c) || memory.right.matched(r) == 0) {
                    continue;
                }
                // a selected context whose right side came too is confirmed, not a partial match
                if (leftFull && memory.right.fullyMatched(r)) {
                    continue;
                }
                if (leftPart == null) {
                    leftPart = memory.left.matchedFacts(l, inLeft);
                    leftHash = Arrays.hashCode(leftPart);
                }
                if (rightParts[r] == null) {
                    rightParts[r] = memory.right.matchedFacts(r, inValue);
                }
                candidates.add(new Candidate(leftPart, rightParts[r], leftHash));
            }
        }
        mark(leftGroup, facts, false);
        return candidates;
    }

    private void mark(int[] left, int[] value, boolean present) {
        int largest = left.length > 0 ? left[left.length - 1] : 0;
        if (largest >= inLeft.length) {
            inLeft = Arrays.copyOf(inLeft, Math.max(largest + 1, 2 * inLeft.length));
        }
        for (int fact : left) {
            inLeft[fact] = present;
        }
        for (int fact : value) {
            inValue[fact] = present;
        }
    }

    /** Two sides of a context that may be new; the left side's hash is computed once for all its contexts. */
    private static final class Candidate {
        private final int[] left;
        private final int[] right;
        private final int hash;

        Candidate(int[] left, int[] right, int leftHash) {
            this.left = left;
            this.right = right;
            this.hash = 31 * leftHash + Arrays.hashCode(right);
        }

        int[] left() {
            return left;
        }

        int[] right() {
            return right;
        }

        @Override
        public boolean equals(Object other) {
            // Arrays.equals answers at once for the same array, which contexts of one side share
            return other instanceof Candidate c
                    && hash == c.hash
                    && Arrays.equals(left, c.left)
                    && Arrays.equals(right, c.right);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The right sides of the best contexts whose left side is fully seen now. */
    private void predict() {
        findSelectable();
        Arrays.fill(prediction, false);
        double best = 0;
        bestContexts.clear();
        for (int i = 0; i < selectable.size(); i++) {
            int c = selectable.get(i);
            double weight = memory.weight(c);
            if (weight > best) {
                best = weight;
                bestContexts.clear();
                bestContexts.add(c);
            } else if (weight == best) {
                bestContexts.add(c);
            }
        }
        for (int i = 0; i < bestContexts.size(); i++) {
            for (int fact : memory.right.facts(memory.rightOf(bestContexts.get(i)))) {
                prediction[fact] = true;
            }
        }
    }

    private void findSelectable() {
        memory.left.containedIn(leftGroup, fullLeft);
        selectable.clear();
        for (int i = 0; i < fullLeft.size(); i++) {
            IntList contexts = memory.contextsOfLeft(fullLeft.get(i));
            for (int k = 0; k < contexts.size(); k++) {
                selectable.add(contexts.get(k));
            }
        }
    }

    private int level(double value) {
        double width = range.width();
        int top = levels - 1;
        double step = (width > 0 ? width : top) / top;
        int level = (int) ((value - range.min()) / step);
        return Math.max(0, Math.min(top, level));
    }

    /** One fact per bit of the level: bit b set is fact 2b+1, clear is 2b. */
    private int[] facts(int level) {
        int[] facts = new int[config.valueBits()];
        for (int bit = 0; bit < facts.length; bit++) {
            facts[bit] = 2 * bit + ((level >> bit) & 1);
        }
        return facts;
    }

    /** Expected value, lower and upper end of the levels the current prediction allows. */
    private double[] band() {
        if (range.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int low = 0;
        int high = 0;
        for (int bit = 0; bit < config.valueBits(); bit++) {
            boolean zero = prediction[2 * bit];
            boolean one = prediction[2 * bit + 1];
            if (one && !zero) {
                low |= 1 << bit;
            }
            if (one || !zero) {
                high |= 1 << bit;
            }
        }
        int top = levels - 1;
        double width = range.width();
        double step = (width > 0 ? width : top) / top;
        double lower = range.min() + low * step;
        double upper = Math.min(range.max(), range.min() + (high + 1) * step);
        if (width == 0) {
            lower = range.min();
            upper = range.max();
        }
        return new double[] {(lower + upper) / 2, lower, upper};
    }

    private static List<Contribution> why(double score, Step step) {
        if (score <= 0) {
            return List.of();
        }
        double unfamiliar = (1 - step.selectedActive) / 2;
        double novel = step.newShare / 2;
        double total = unfamiliar + novel;
        List<Contribution> parts = new ArrayList<>(2);
        if (unfamiliar > 0) {
            parts.add(new Contribution("sequence", unfamiliar / total));
        }
        if (novel > 0) {
            parts.add(new Contribution("new-context", novel / total));
        }
        parts.sort((a, b) -> Double.compare(b.share(), a.share()));
        return parts;
    }

    /** Roughly the bytes this detector holds. */
    long retainedBytes() {
        return memory.bytes() + 4L * leftGroup.length + prediction.length + 128;
    }

    int contexts() {
        return memory.size();
    }

    @Override
    public DetectorSnapshot snapshot() {
        StateWriter out = new StateWriter();
        config.write(out);
        range.write(out);
        memory.write(out);
        out.writeInts(leftGroup, leftGroup.length);
        out.writeInt(prediction.length);
        for (boolean fact : prediction) {
            out.writeBoolean(fact);
        }
        out.writeInt(sinceLoud);
        return new DetectorSnapshot(kind(), out.toBytes());
    }

    static ContextualDetector restore(byte[] state) {
        StateReader in = new StateReader(state);
        ContextualDetector detector = new ContextualDetector(ContextualConfig.read(in));
        detector.range = RunningRange.read(in);
        detector.memory = ContextMemory.read(in);
        detector.leftGroup = in.readInts();
        int facts = in.readLength();
        if (facts != detector.prediction.length) {
            throw new IllegalArgumentException("detector state has " + facts + " value facts");
        }
        for (int i = 0; i < facts; i++) {
            detector.prediction[i] = in.readBoolean();
        }
        detector.sinceLoud = in.readInt();
        in.expectEnd();
        // which left sides the last left group contains is derived state: find them, as the original did
        detector.findSelectable();
        return detector;
    }
}
