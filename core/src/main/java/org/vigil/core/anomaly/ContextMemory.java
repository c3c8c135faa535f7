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
    /**
     * One row per context, its fields side by side: a step reads and updates several fields of each
     * of hundreds of contexts, one cache line apiece this way.
     */
    private int[] rows = new int[64 * ROW];

    private static final int ROW = 6;
    private static final int LEFT = 0;
    private static final int RIGHT = 1;
    /** Facts predicted (the right side's size each time the left side was fully seen). */
    private static final int PREDICTED = 2;
    /** Of those, the facts that came. */
    private static final int CONFIRMED = 3;
    /** How often left and right side were both fully seen. */
    private static final int ACTIVATIONS = 4;
    /** 1 when the context was met first-hand (as "previous facts → these facts"). */
    private static final int ZERO_LEVEL = 5;

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
        if ((id + 1) * ROW > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        rows[id * ROW + LEFT] = l;
        rows[id * ROW + RIGHT] = r;
        byPair.put(pair, id);
        contextsOfLeft.get(l).add(id);
        return id;
    }

    IntList contextsOfLeft(int leftId) {
        return contextsOfLeft.get(leftId);
    }

    int rightOf(int context) {
        return rows[context * ROW + RIGHT];
    }

    boolean zeroLevel(int context) {
        return rows[context * ROW + ZERO_LEVEL] != 0;
    }

    /** The context was met first-hand; its left side is flagged, since only such contexts propose new ones. */
    void markZeroLevel(int context) {
        rows[context * ROW + ZERO_LEVEL] = 1;
        left.flag(rows[context * ROW + LEFT]);
    }

    int activations(int context) {
        return rows[context * ROW + ACTIVATIONS];
    }

    /** The left side was fully seen: the context predicted its right side, and {@code came} of it came. */
    void recordPrediction(int context, int facts, int came, boolean activated) {
        int row = context * ROW;
        if (rows[row + PREDICTED] > COUNT_LIMIT) {
            rows[row + PREDICTED] /= 2;
            rows[row + CONFIRMED] /= 2;
        }
        rows[row + PREDICTED] += facts;
        rows[row + CONFIRMED] += came;
        if (activated && rows[row + ACTIVATIONS] < COUNT_LIMIT) {
            rows[row + ACTIVATIONS]++;
        }
    }

    /** The share of what the context predicted that came, 0 before it predicted anything. */
    double weight(int context) {
        int row = context * ROW;
        int predicted = rows[row + PREDICTED];
        return predicted > 0 ? (double) rows[row + CONFIRMED] / predicted : 0;
    }

    /** Roughly the bytes held. */
    long bytes() {
        long total = left.bytes() + right.bytes();
        total += 4L * rows.length;
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
            int row = i * ROW;
            out.writeInt(rows[row + LEFT])
                    .writeInt(rows[row + RIGHT])
                    .writeInt(rows[row + PREDICTED])
                    .writeInt(rows[row + CONFIRMED])
                    .writeInt(rows[row + ACTIVATIONS])
                    .writeBoolean(rows[row + ZERO_LEVEL] != 0);
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
            int row = id * ROW;
            memory.rows[row + PREDICTED] = in.readInt();
            memory.rows[row + CONFIRMED] = in.readInt();
            memory.rows[row + ACTIVATIONS] = in.readInt();
            if (in.readBoolean()) {
                memory.markZeroLevel(id);
            }
        }
        return memory;
    }
}
