package org.vigil.core.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contexts a {@link ContextualDetector} has learnt: pairs (left facts, right facts) meaning "after
 * these facts came those", each with how well it predicted so far. Left and right sides are kept as
 * shared {@link FactSets}, because many contexts have the same left or the same right side.
 */
final class ContextMemory {

    /** Halve the counts past this, keeping their ratio: a stream may run for years. */
    private static final int COUNT_LIMIT = 1 << 30;

    final FactSets left;
    final FactSets right;
    private final List<IntList> contextsOfLeft = new ArrayList<>();
    private final LongIntMap byPair = new LongIntMap();
    private int count;
    private int[] leftOf = new int[64];
    private int[] rightOf = new int[64];
    /** Facts predicted (the right side's size each time the left side was fully seen). */
    private int[] predicted = new int[64];
    /** Of those, the facts that came. */
    private int[] confirmed = new int[64];
    /** How often left and right side were both fully seen. */
    private int[] activations = new int[64];

    private boolean[] zeroLevel = new boolean[64];

    ContextMemory() {
        this(new FactSets(), new FactSets());
    }

    private ContextMemory(FactSets left, FactSets right) {
        this.left = left;
        this.right = right;
        for (int i = 0; i < left.size(); i++) {
            contextsOfLeft.add(new IntList(1));
        }
    }

    int size() {
        return count;
    }

    /** The context of these sides, or -1 if unknown. */
    int find(int[] leftFacts, int[] rightFacts) {
        int l = left.find(leftFacts);
        int r = l < 0 ? -1 : right.find(rightFacts);
        if (r < 0) {
            return -1;
        }
        return byPair.get(((long) l << 32) | r);
    }

    /** The context of these sides, added if new; {@link #size()} tells whether it was. */
    int findOrAdd(int[] leftFacts, int[] rightFacts) {
        int l = left.find(leftFacts);
        if (l < 0) {
            l = left.add(leftFacts);
            contextsOfLeft.add(new IntList(1));
        }
        int r = right.find(rightFacts);
        if (r < 0) {
            r = right.add(rightFacts);
        }
        long pair = ((long) l << 32) | r;
        int known = byPair.get(pair);
        if (known >= 0) {
            return known;
        }
        int id = count++;
        if (id == leftOf.length) {
            int capacity = id * 2;
            leftOf = Arrays.copyOf(leftOf, capacity);
            rightOf = Arrays.copyOf(rightOf, capacity);
            predicted = Arrays.copyOf(predicted, capacity);
            confirmed = Arrays.copyOf(confirmed, capacity);
            activations = Arrays.copyOf(activations, capacity);
            zeroLevel = Arrays.copyOf(zeroLevel, capacity);
        }
        leftOf[id] = l;
        rightOf[id] = r;
        byPair.put(pair, id);
        contextsOfLeft.get(l).add(id);
        return id;
    }

    IntList contextsOfLeft(int leftId) {
        return contextsOfLeft.get(leftId);
    }

    int rightOf(int context) {
        return rightOf[context];
    }

    boolean zeroLevel(int context) {
        return zeroLevel[context];
    }

    void markZeroLevel(int context) {
        zeroLevel[context] = true;
    }

    int activations(int context) {
        return activations[context];
    }

    /** The left side was fully seen: the context predicted its right side, and {@code came} of it came. */
    void recordPrediction(int context, int facts, int came, boolean activated) {
        if (predicted[context] > COUNT_LIMIT) {
            predicted[context] /= 2;
            confirmed[context] /= 2;
        }
        predicted[context] += facts;
        confirmed[context] += came;
        if (activated && activations[context] < COUNT_LIMIT) {
            activations[context]++;
        }
    }

    /** The share of what the context predicted that came, 0 before it predicted anything. */
    double weight(int context) {
        return predicted[context] > 0 ? (double) confirmed[context] / predicted[context] : 0;
    }

    /** Roughly the bytes held. */
    long bytes() {
        long total = left.bytes() + right.bytes();
        total += (long) leftOf.length * (4 * 5 + 1);
        total += byPair.bytes();
        for (IntList contexts : contextsOfLeft) {
            total += contexts.bytes();
        }
        return total;
    }

    void write(StateWriter out) {
        left.write(out);
        right.write(out);
        out.writeInt(count);
        for (int i = 0; i < count; i++) {
            out.writeInt(leftOf[i])
                    .writeInt(rightOf[i])
                    .writeInt(predicted[i])
                    .writeInt(confirmed[i])
                    .writeInt(activations[i])
                    .writeBoolean(zeroLevel[i]);
        }
    }

    static ContextMemory read(StateReader in) {
        ContextMemory memory = new ContextMemory(FactSets.read(in), FactSets.read(in));
        int count = in.readLength();
        for (int i = 0; i < count; i++) {
            int l = in.readInt();
            int r = in.readInt();
            if (l < 0 || l >= memory.left.size() || r < 0 || r >= memory.right.size()) {
                throw new IllegalArgumentException("detector state names an unknown fact set");
            }
            int id = memory.findOrAdd(memory.left.facts(l), memory.right.facts(r));
            memory.predicted[id] = in.readInt();
            memory.confirmed[id] = in.readInt();
            memory.activations[id] = in.readInt();
            memory.zeroLevel[id] = in.readBoolean();
        }
        return memory;
    }
}
