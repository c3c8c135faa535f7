package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * An indexed binary min-heap of asset indexes keyed by doubles, on primitive arrays: no boxing, no
 * garbage per operation, and a lowered key moves the asset instead of adding a duplicate. An asset
 * taken out is settled and ignored if offered again, as label-setting passes need. Keys sit next
 * to their assets in heap order, so sifting compares without a lookup per step.
 */
final class NodeHeap {

    private static final int ABSENT = -1;
    private static final int SETTLED = -2;

    private final int[] heap;
    private final double[] heapKey;
    private final int[] position;
    private int size;

    NodeHeap(int capacity) {
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
            int parent = (at - 1) >>> 1;
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
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            double childKey = heapKey[child];
            int right = child + 1;
            if (right < size && heapKey[right] < childKey) {
                child = right;
                childKey = heapKey[right];
            }
            if (k <= childKey) {
                break;
            }
            int c = heap[child];
            heap[at] = c;
            heapKey[at] = childKey;
            position[c] = at;
            at = child;
        }
        heap[at] = node;
        heapKey[at] = k;
        position[node] = at;
    }
}
