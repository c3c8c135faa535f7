package org.vigil.visual.graph.render;

import java.util.Arrays;

/** A growable list of ints, reused from frame to frame so culling allocates nothing. */
final class IntList {

    private int[] values;
    private int size;

    IntList() {
        this(16);
    }

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** Keeps the first {@code newSize} values. */
    void truncate(int newSize) {
        size = Math.min(size, Math.max(0, newSize));
    }

    void sort() {
        Arrays.sort(values, 0, size);
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
