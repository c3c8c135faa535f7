package org.vigil.core.anomaly;

/**
 * Counts the active contexts of a step and keeps the few most often confirmed (ties: the newest),
 * which become the next step's neurons. A step has hundreds of active contexts, often with equal
 * counts, and keeps at most fifteen: a small min-heap keeps them, so most offers cost one comparison.
 */
final class TopContexts {

    /** Activations in the high half, id in the low: a larger key ranks first. */
    private final long[] heap;

    private int kept;
    private int offered;

    TopContexts(int capacity) {
        this.heap = new long[capacity];
    }

    void clear() {
        kept = 0;
        offered = 0;
    }

    /** Offers a context (id and activations both not negative). */
    void offer(int id, int activations) {
        offered++;
        long key = ((long) activations << 32) | id;
        if (kept < heap.length) {
            siftUp(kept++, key);
        } else if (kept > 0 && key > heap[0]) {
            siftDown(key);
        }
    }

    private void siftUp(int at, long key) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = key;
    }

    /** Replaces the smallest kept key. */
    private void siftDown(long key) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= kept) {
                break;
            }
            if (child + 1 < kept && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = key;
    }

    /** How many contexts were offered since the last {@link #clear()}. */
    int size() {
        return offered;
    }

    /** The ids of the best contexts offered, in no particular order. */
    int[] best() {
        int[] ids = new int[kept];
        for (int i = 0; i < kept; i++) {
            ids[i] = (int) heap[i];
        }
        return ids;
    }
}
