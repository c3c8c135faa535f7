package org.vigil.core.cascade;

import java.util.Arrays;

/** A binary min-heap of timed events on primitive arrays; an event is a long the caller encodes. */
final class EventQueue {

    private double[] times = new double[64];
    private long[] events = new long[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void add(double time, long event) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            events = Arrays.copyOf(events, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (times[parent] <= time) {
                break;
            }
            times[at] = times[parent];
            events[at] = events[parent];
            at = parent;
        }
        times[at] = time;
        events[at] = event;
    }

    double peekTime() {
        return times[0];
    }

    long poll() {
        long top = events[0];
        size--;
        if (size > 0) {
            double time = times[size];
            long event = events[size];
            int at = 0;
            int half = size >>> 1;
            while (at < half) {
                int child = 2 * at + 1;
                if (child + 1 < size && times[child + 1] < times[child]) {
                    child++;
                }
                if (time <= times[child]) {
                    break;
                }
                times[at] = times[child];
                events[at] = events[child];
                at = child;
            }
            times[at] = time;
            events[at] = event;
        }
        return top;
    }
}
