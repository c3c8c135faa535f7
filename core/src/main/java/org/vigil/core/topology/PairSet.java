package org.vigil.core.topology;

/**
 * A set of ordered pairs of node indexes, to find duplicate dependencies among millions without a
 * boxed {@code Long} per pair. Open addressing; the pair (0, 0) is a self-loop, never added, so 0
 * marks an empty slot.
 */
final class PairSet {

    private long[] slots = new long[1024];
    private int size;

    /** Whether the pair is new; adds it. */
    boolean add(int from, int to) {
        long key = ((long) from << 32) | (to & 0xffffffffL);
        if (key == 0) {
            throw new IllegalArgumentException("self-loop of node 0");
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        boolean added = insert(slots, key);
        if (added) {
            size++;
        }
        return added;
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = mix(key) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                insert(slots, key);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
