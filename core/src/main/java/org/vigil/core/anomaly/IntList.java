package org.vigil.core.anomaly;

import java.util.Arrays;

/** A growable list of ints without boxing: the context memory holds hundreds of thousands of them. */
final class IntList {

    private int[] values;
    private int size;

    IntList() {
        this(4);
    }

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Adds a value to a list kept in ascending order; cheap when it is the largest, as it mostly is. */
    void insertSorted(int value) {
        add(value);
        int at = size - 1;
        while (at > 0 && values[at - 1] > value) {
            values[at] = values[at - 1];
            at--;
        }
        values[at] = value;
    }

    int get(int index) {
        return values[index];
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

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Bytes held, for the memory bound. */
    long bytes() {
        return 16 + 16 + 4L * values.length;
    }
}
