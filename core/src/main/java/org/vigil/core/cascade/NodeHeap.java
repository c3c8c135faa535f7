package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * An indexed 4-ary min-heap of asset indexes keyed by doubles, on primitive arrays: no boxing, no
 * garbage per operation, and a lowered key moves the asset instead of adding a duplicate. An asset
 * taken out is settled and ignored if offered again, as label-setting passes need. Keys sit next
 * to their assets in heap order, so sifting compares without a lookup per step.
 *
 * <p>Why 4-ary: on a large graph the cost is the asset-indexed {@code position} array, written at
 * random once per level an asset moves. Four children per slot halve the levels, and the four
 * children's keys share a cache line or two, so the extra comparisons of sifting down are cheap.
 * {@link #binary(int)} keeps the binary order for a caller whose results depend on the order in
 * which equal keys come out.
 */
final class NodeHeap {

    /** log2 of the children per slot: 4 children. */
    private static final int QUATERNARY = 2;

    private static final int BINARY = 1;

    private static final int ABSENT = -1;
    private static final int SETTLED = -2;

    private final int[] heap;
    private final double[] heapKey;
    private final int[] position;
    /** log2 of the children per slot. */
    private final int shift;

    private int size;

    /** A 4-ary heap for assets 0 .. capacity - 1. */
    NodeHeap(int capacity) {
        this(capacity, QUATERNARY);
    }

    /**
     * A binary heap: equal keys come out in the order the binary heap always gave them, for
     * {@link RiskWeightedBetweenness}, whose floating-point sums follow that order.
     */
    static NodeHeap binary(int capacity) {
        return new NodeHeap(capacity, BINARY);
    }

    private NodeHeap(int capacity, int shift) {
        this.shift = shift;
        heap = new int[capacity];
        heapKey = new double[capacity];
        position = new int[capacity];
        Arrays.fill(position, ABSENT);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds the asset with the key, or lowers its key; a key no lower than its present one changes nothing. */
    void offer(int node, double k) {
        int at = position[node];
        if (at == SETTLED) {
            return;
        }
        if (at == ABSENT) {
            siftUp(size++, node, k);
        } else if (k < heapKey[at]) {
            siftUp(at, node, k);
        }
    }

    /**
     * Makes settled assets absent again, so that an empty heap can serve another run without
     * clearing all its arrays: runs that reach few assets of a large graph pay only for those.
     */
    void forget(int[] nodes, int count) {
        if (size != 0) {
            throw new IllegalStateException("only an empty heap can forget");
        }
        for (int i = 0; i < count; i++) {
            position[nodes[i]] = ABSENT;
        }
    }

    /** The key of the asset {@link #poll()} returns next. */
    double peekKey() {
        return heapKey[0];
    }

    /** Takes out the asset with the lowest key and settles it. */
    int poll() {
        int top = heap[0];
        position[top] = SETTLED;
        int last = --size;
        if (last > 0) {
            siftDown(heap[last], heapKey[last]);
        }
        return top;
    }

    /** Places the node with key k at slot {@code at} or above it. */
    private void siftUp(int at, int node, double k) {
        while (at > 0) {
            int parent = (at - 1) >>> shift;
            double parentKey = heapKey[parent];
            if (parentKey <= k) {
                break;
            }
            int p = heap[parent];
            heap[at] = p;
            heapKey[at] = parentKey;
            position[p] = at;
            at = parent;
        }
        heap[at] = node;
        heapKey[at] = k;
        position[node] = at;
    }

    /** Places the node with key k, taken from the end, at the root or below it. */
    private void siftDown(int node, double k) {
        int at = 0;
        int n = size;
        int children = 1 << shift;
        while (true) {
            int first = (at << shift) + 1;
            if (first >= n) {
                break;
            }
            // The smallest child, the first of equals winning.
            int child = first;
            double childKey = heapKey[first];
            for (int c = first + 1, end = Math.min(first + children, n); c < end; c++) {
                if (heapKey[c] < childKey) {
                    child = c;
                    childKey = heapKey[c];
                }
            }
            if (k <= childKey) {
                break;
            }
            int moved = heap[child];
            heap[at] = moved;
            heapKey[at] = childKey;
            position[moved] = at;
            at = child;
        }
        heap[at] = node;
        heapKey[at] = k;
        position[node] = at;
    }
}
