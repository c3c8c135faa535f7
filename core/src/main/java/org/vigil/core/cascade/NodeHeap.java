package org.vigil.core.cascade;

import java.util.Arrays;

/**
 * An indexed binary min-heap of asset indexes keyed by doubles, on primitive arrays: no boxing, no
 * garbage per operation, and a lowered key moves the asset instead of adding a duplicate. An asset
 * taken out is settled and ignored if offered again, as label-setting passes need.
 */
final class NodeHeap {

    private static final int ABSENT = -1;
    private static final int SETTLED = -2;

    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    NodeHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new double[capacity];
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
            key[node] = k;
            heap[size] = node;
            position[node] = size;
            siftUp(size++);
        } else if (k < key[node]) {
            key[node] = k;
            siftUp(at);
        }
    }

    /** The key of the asset {@link #poll()} returns next. */
    double peekKey() {
        return key[heap[0]];
    }

    /** Takes out the asset with the lowest key and settles it. */
    int poll() {
        int top = heap[0];
        position[top] = SETTLED;
        int last = heap[--size];
        if (size > 0) {
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int node = heap[at];
        double k = key[node];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int p = heap[parent];
            if (key[p] <= k) {
                break;
            }
            heap[at] = p;
            position[p] = at;
            at = parent;
        }
        heap[at] = node;
        position[node] = at;
    }

    private void siftDown(int at) {
        int node = heap[at];
        double k = key[node];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && key[heap[right]] < key[c]) {
                child = right;
                c = heap[child];
            }
            if (k <= key[c]) {
                break;
            }
            heap[at] = c;
            position[c] = at;
            at = child;
        }
        heap[at] = node;
        position[node] = at;
    }
}
