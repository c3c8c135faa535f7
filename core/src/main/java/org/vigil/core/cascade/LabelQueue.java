package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * The queue of a label-setting pass that keeps its tentative labels itself: assets by key, smallest
 * first, each handed out once, when its smallest entry comes out. A radix heap (Ahuja, Mehlhorn,
 * Orlin and Tarjan) over the keys' bits, with a bit set of the assets already handed out.
 *
 * <p>Why not {@link NodeHeap}: on a million assets a pass's cost is cache misses, and the heap's
 * asset-indexed positions and its keys are megabytes read and written at random, with a chain of
 * dependent misses per sift. Here an improved asset is pushed again instead of moved (lazy
 * deletion); pushing and taking out append to and scan arrays in order; and the bit set, an eighth
 * of a megabyte, stays in cache: it tells the pass at once that an edge leads to a settled asset
 * (most edges do), without reading that asset's label, and it tells the queue which entries are
 * outdated (the newer entry of an asset has a strictly lower key, so it came out first).
 *
 * <p>That needs keys that never go below the last one taken out, which every label-setting pass
 * guarantees (a delay is never negative, a combination never stronger than its source). Entries sit
 * in 65 buckets by the highest bit in which their key differs from the last key taken out; bucket 0
 * holds keys equal to it (a zero delay, a dependency as strong as its source), which need no
 * ordering at all. Which of several equal keys comes out first differs from {@link NodeHeap}; the
 * passes using this queue compute labels that do not depend on that order.
 */
final class LabelQueue {

    private static final int BUCKETS = 65;
    private static final int INITIAL_CAPACITY = 16;

    private final long[] settled;

    private final int[][] nodes = new int[BUCKETS][];
    private final long[][] keys = new long[BUCKETS][];
    /** Each entry's asset's out-edges ({@link PassLabels#outEdges(int)}), carried along. */
    private final long[][] outEdges = new long[BUCKETS][];

    private final int[] sizes = new int[BUCKETS];

    /** The last key taken out, as {@link #bits(double)}; the lowest possible before the first. */
    private long last = Long.MIN_VALUE;

    private double lastKey = Double.NEGATIVE_INFINITY;
    private long lastOutEdges;

    /** A queue for assets 0 .. capacity - 1. */
    LabelQueue(int capacity) {
        settled = new long[(capacity + 63) >>> 6];
        for (int b = 0; b < BUCKETS; b++) {
            nodes[b] = new int[INITIAL_CAPACITY];
            keys[b] = new long[b == 0 ? 0 : INITIAL_CAPACITY];
            outEdges[b] = new long[INITIAL_CAPACITY];
        }
    }

    /**
     * Queues the asset at a key lower than any it was queued at before, never below the key last
     * taken out. The caller keeps the asset's label and has just lowered it to the key.
     */
    void offer(int node, double key, long outEdges) {
        push(node, bits(key), outEdges);
    }

    /** Whether the asset has been handed out: its label is final, and no edge can lower it. */
    boolean isSettled(int node) {
        return (settled[node >>> 6] & (1L << node)) != 0;
    }

    /** Hands out (and settles) the asset with the smallest key not yet handed out, or -1 once there is none. */
    int poll() {
        while (true) {
            // Bucket 0 is taken last in, first out: it stays small, and equal keys need no order.
            int[] equal = nodes[0];
            while (sizes[0] > 0) {
                int at = --sizes[0];
                int node = equal[at];
                if (!isSettled(node)) {
                    settled[node >>> 6] |= 1L << node;
                    lastKey = key(last);
                    lastOutEdges = outEdges[0][at];
                    return node;
                }
            }
            int b = 1;
            while (b < BUCKETS && sizes[b] == 0) {
                b++;
            }
            if (b == BUCKETS) {
                return -1;
            }
            redistribute(b);
        }
    }

    /** The key of the asset {@link #poll()} handed out last. */
    double currentKey() {
        return lastKey;
    }

    /** The out-edges of the asset {@link #poll()} handed out last, as offered with it. */
    long currentOutEdges() {
        return lastOutEdges;
    }

    /** Takes the smallest key of bucket b as the last one and spreads the bucket over the buckets below. */
    private void redistribute(int b) {
        int[] bucketNodes = nodes[b];
        long[] bucketKeys = keys[b];
        long[] bucketOutEdges = outEdges[b];
        int size = sizes[b];
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            // Outdated entries are dropped here already, so they are not spread again and again.
            if (!isSettled(bucketNodes[i])) {
                smallest = Math.min(smallest, bucketKeys[i]);
            }
        }
        sizes[b] = 0;
        if (smallest == Long.MAX_VALUE) {
            return;
        }
        last = smallest;
        for (int i = 0; i < size; i++) {
            if (!isSettled(bucketNodes[i])) {
                push(bucketNodes[i], bucketKeys[i], bucketOutEdges[i]);
            }
        }
    }

    private void push(int node, long key, long edges) {
        int b = BUCKETS - 1 - Long.numberOfLeadingZeros(key ^ last);
        int size = sizes[b];
        if (size == nodes[b].length) {
            nodes[b] = Arrays.copyOf(nodes[b], size * 2);
            outEdges[b] = Arrays.copyOf(outEdges[b], size * 2);
        }
        nodes[b][size] = node;
        outEdges[b][size] = edges;
        // Bucket 0's keys are all the last one: it keeps none.
        if (b > 0) {
            if (size == keys[b].length) {
                keys[b] = Arrays.copyOf(keys[b], nodes[b].length);
            }
            keys[b][size] = key;
        }
        sizes[b] = size + 1;
    }

    /**
     * The key as a long in the same order (−0 just below +0, which no pass mixes up): for negative
     * keys all bits but the sign flipped. Keys of the other sign than the last one taken out share bucket 64, above all
     * others, which keeps the buckets in order across the sign.
     */
    static long bits(double key) {
        long raw = Double.doubleToRawLongBits(key);
        return raw ^ ((raw >> 63) & Long.MAX_VALUE);
    }

    /** The key of {@link #bits(double)}. */
    private static double key(long bits) {
        return Double.longBitsToDouble(bits ^ ((bits >> 63) & Long.MAX_VALUE));
    }
}
